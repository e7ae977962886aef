import { readAccountHead } from "../../ledger/account-store";
import type { LedgerEntry } from "../../ledger/model/entry";
import { postEntries } from "../../ledger/post-entries";
import type { AppDeps } from "../../platform/deps";
import { appError, notFound } from "../../platform/errors";
import { keys } from "../../platform/keys";
import { isConditionFailure, type TransactItem } from "../../platform/table";
import { stableId } from "../model/payment-entries";
import { openPayment, type PaymentItem } from "../payment-store";
import { type ReturnReason, returnEntries } from "./model/return-entries";

/** A recorded return of card money, its reversal entries frozen and sealed (amounts are personal). */
interface ReturnItem {
  pk: string;
  sk: string;
  paymentId: string;
  unitId: string;
  returnId: string;
  reason: ReturnReason;
  createdAt: string;
  sealed: string;
}

export interface CardReturn {
  paymentId: string;
  /** The processor's id of the refund (or the event's) or of the lost dispute. */
  returnId: string;
  reason: ReturnReason;
  amountMinor: number;
  date: string;
  description: string;
}

async function keyOf(deps: AppDeps, associationId: string, unitId: string) {
  const head = await readAccountHead(deps, associationId, unitId);
  if (!head) throw notFound();
  return head.key;
}

async function entriesOf(deps: AppDeps, associationId: string, item: ReturnItem): Promise<LedgerEntry[]> {
  const key = await keyOf(deps, associationId, item.unitId);
  return JSON.parse(key.open(`${item.pk}|${item.sk}`, "return", item.sealed)) as LedgerEntry[];
}

async function earlierReturns(deps: AppDeps, associationId: string, paymentId: string) {
  const items = await deps.table.queryAll<ReturnItem>(`A#${associationId}`, `PAYRET#${paymentId}#`);
  return (await Promise.all(items.map((i) => entriesOf(deps, associationId, i)))).flat();
}

/** The return record and the payment's count, written together or not at all. */
function transaction(deps: AppDeps, associationId: string, item: ReturnItem, count: number): TransactItem[] {
  const counted = count === 0 ? "attribute_not_exists(#ret)" : "#ret = :count";
  return [
    { Put: { TableName: deps.table.name, Item: item, ConditionExpression: "attribute_not_exists(pk)" } },
    {
      Update: {
        TableName: deps.table.name,
        Key: keys.payment(associationId, item.paymentId),
        UpdateExpression: "SET #ret = :next",
        // A payment reversed by hand meanwhile takes no return (the reversal undid all of it).
        ConditionExpression: `${counted} AND #s = :posted`,
        ExpressionAttributeNames: { "#ret": "returns", "#s": "status" },
        ExpressionAttributeValues: { ":next": count + 1, ":posted": "posted", ...(count ? { ":count": count } : {}) },
      },
    },
  ];
}

const sum = (entries: readonly LedgerEntry[]) => entries.reduce((s, e) => s + e.amountMinor, 0);

/**
 * Records one return of a card payment's money exactly once, like a payment: the return's
 * record — its reversal entries frozen — is written first under its deterministic key, together
 * with the payment's return count (conditional on the count read, so concurrent returns of one
 * payment are computed one after the other and never undo more than was paid); then the entries
 * are posted. A replay finds the record and posts the same entries, which the ledger skips.
 */
export async function recordCardReturn(deps: AppDeps, associationId: string, r: CardReturn) {
  const k = keys.cardReturn(associationId, r.paymentId, r.returnId);
  for (let attempt = 0; attempt < 6; attempt++) {
    const existing = await deps.table.get<ReturnItem>(k, true);
    if (existing) {
      const entries = await entriesOf(deps, associationId, existing);
      await postEntries(deps, associationId, existing.unitId, entries);
      return { created: false, reversedMinor: sum(entries) };
    }
    const stored = await deps.table.get<PaymentItem>(keys.payment(associationId, r.paymentId), true);
    if (!stored) throw notFound();
    const payment = await openPayment(deps, associationId, stored);
    // Reversed by hand already: all of it was undone, there is nothing left to give back.
    if (payment.status !== "posted") return { created: false, reversedMinor: 0 };
    const earlier = await earlierReturns(deps, associationId, r.paymentId);
    const returnKey = stableId("", associationId, r.paymentId, r.returnId);
    const entries = returnEntries(payment.details.entries, earlier, { ...r, returnKey });
    const key = await keyOf(deps, associationId, payment.unitId);
    const { paymentId, returnId, reason } = r;
    const item: ReturnItem = {
      ...k,
      paymentId,
      unitId: payment.unitId,
      returnId,
      reason,
      createdAt: deps.clock.now().toISOString(),
      sealed: key.seal(`${k.pk}|${k.sk}`, "return", JSON.stringify(entries)),
    };
    try {
      await deps.table.transact(transaction(deps, associationId, item, stored.returns ?? 0));
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      continue;
    }
    if (entries.length > 0) await postEntries(deps, associationId, payment.unitId, entries);
    return { created: true, reversedMinor: sum(entries) };
  }
  throw appError("conflict");
}
