import { readAccountHead } from "../ledger/account-store";
import type { LedgerEntry } from "../ledger/model/entry";
import type { AppDeps } from "../platform/deps";
import { appError, notFound } from "../platform/errors";
import { keys } from "../platform/keys";
import { isConditionFailure } from "../platform/table";
import type { PaymentMethod } from "./model/payment-entries";

/** What a recorded payment holds besides its entries; sealed under the account key (personal data). */
export interface PaymentDetails {
  amountMinor: number;
  receiptNumber?: string;
  payerName?: string;
  reference?: string;
  note?: string;
  entries: LedgerEntry[];
}

/**
 * The record of one payment, keyed by its deterministic id under the association, so a payment
 * (or a bank transaction) can be booked once only, whichever account it ends up on.
 */
export interface PaymentItem {
  pk: string;
  sk: string;
  paymentId: string;
  unitId: string;
  date: string;
  method: PaymentMethod;
  status: "posted" | "reversed";
  /** How many card returns (refunds, lost disputes) were recorded against it: guards their sum. */
  returns?: number;
  /** The statement line it came from, when imported. */
  lineId?: string;
  /** A card dispute of it (see provider/dispute-marker.ts): the processor's id, its state and when. */
  disputeId?: string;
  disputeState?: "open" | "won" | "lost";
  disputeAt?: string;
  createdAt: string;
  sealed: string;
}

export interface PaymentView extends Omit<PaymentItem, "pk" | "sk" | "sealed"> {
  details: PaymentDetails;
}

async function keyOf(deps: AppDeps, associationId: string, unitId: string) {
  const head = await readAccountHead(deps, associationId, unitId);
  if (!head) throw notFound();
  return head.key;
}

/** Builds the stored item (details sealed, bound to this item). */
export async function paymentItem(
  deps: AppDeps,
  associationId: string,
  p: Omit<PaymentView, "createdAt" | "status">,
): Promise<PaymentItem> {
  const k = keys.payment(associationId, p.paymentId);
  const key = await keyOf(deps, associationId, p.unitId);
  const { details, ...plain } = p;
  return {
    ...k,
    ...plain,
    status: "posted",
    createdAt: deps.clock.now().toISOString(),
    sealed: key.seal(`${k.pk}|${k.sk}`, "payment", JSON.stringify(details)),
  };
}

/** Opens a stored payment. */
export async function openPayment(deps: AppDeps, associationId: string, item: PaymentItem): Promise<PaymentView> {
  const key = await keyOf(deps, associationId, item.unitId);
  const { pk, sk, sealed, ...plain } = item;
  return { ...plain, details: JSON.parse(key.open(`${pk}|${sk}`, "payment", sealed)) as PaymentDetails };
}

export async function readPayment(deps: AppDeps, associationId: string, paymentId: string) {
  const item = await deps.table.get<PaymentItem>(keys.payment(associationId, paymentId), true);
  return item ? openPayment(deps, associationId, item) : undefined;
}

/** Every payment of the association, newest first. */
export async function listPayments(deps: AppDeps, associationId: string): Promise<PaymentView[]> {
  const items = await deps.table.queryAll<PaymentItem>(`A#${associationId}`, "PAY#");
  const views = await Promise.all(items.map((i) => openPayment(deps, associationId, i)));
  return views.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

/**
 * Marks a payment reversed (idempotent). Refused once card money of it went back (a refund or a
 * lost dispute already reversed part of it): reversing it whole as well would count that twice.
 */
export async function markReversed(deps: AppDeps, associationId: string, paymentId: string): Promise<void> {
  try {
    await deps.table.update({
      Key: keys.payment(associationId, paymentId),
      UpdateExpression: "SET #s = :r",
      ConditionExpression: "attribute_not_exists(#ret)",
      ExpressionAttributeNames: { "#s": "status", "#ret": "returns" },
      ExpressionAttributeValues: { ":r": "reversed" },
    });
  } catch (error) {
    if (isConditionFailure(error)) throw appError("payment.card_returned", { status: 409 });
    throw error;
  }
}
