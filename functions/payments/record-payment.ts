import { readAccountHead } from "../ledger/account-store";
import { postEntries } from "../ledger/post-entries";
import { readEntries } from "../ledger/read-entries";
import type { AppDeps } from "../platform/deps";
import { appError, notFound } from "../platform/errors";
import { isConditionFailure } from "../platform/table";
import { allocatePayment } from "./model/allocate-payment";
import { openItems, unpaid } from "./model/open-items";
import { type PaymentMethod, paymentEntries, reversalEntries } from "./model/payment-entries";
import { markReversed, type PaymentView, paymentItem, readPayment } from "./payment-store";

export interface PaymentInput {
  paymentId: string;
  unitId: string;
  amountMinor: number;
  date: string;
  method: PaymentMethod;
  description: string;
  receiptNumber?: string;
  payerName?: string;
  reference?: string;
  note?: string;
  lineId?: string;
}

export interface RecordResult {
  payment: PaymentView;
  /** False when this id was already recorded (a retry, a double click, a re-imported line). */
  created: boolean;
}

/** The allocation of a new payment against the account's open debts right now. */
async function entriesFor(deps: AppDeps, associationId: string, p: PaymentInput) {
  const head = await readAccountHead(deps, associationId, p.unitId, true);
  if (!head) throw notFound();
  const items = openItems(await readEntries(deps, head.key, associationId, p.unitId));
  const debts = unpaid(items).map((d) => ({
    debtId: d.debtId,
    fund: d.fund,
    dueDate: d.dueDate,
    principalMinor: d.outstandingMinor,
    penaltyMinor: d.penaltyOutstandingMinor,
  }));
  return paymentEntries(p, allocatePayment(p.amountMinor, debts));
}

function sameIntent(existing: PaymentView, p: PaymentInput): boolean {
  return existing.unitId === p.unitId && existing.details.amountMinor === p.amountMinor;
}

/** Finishes a recorded payment: posts its frozen entries (no-op when already posted). */
async function finish(deps: AppDeps, associationId: string, payment: PaymentView, p: PaymentInput) {
  if (!sameIntent(payment, p)) throw appError("payment.idempotency_conflict", { status: 409 });
  await postEntries(deps, associationId, payment.unitId, payment.details.entries);
}

/**
 * Records a payment exactly once. The payment's record — with its allocation frozen into ledger
 * entries — is written first under its deterministic id (`attribute_not_exists`); then the
 * entries go through `postEntries`. A retry, a duplicate or a concurrent call finds the record
 * and posts the same entries, which the ledger skips; a crash in between is finished by the retry.
 */
export async function recordPayment(deps: AppDeps, associationId: string, p: PaymentInput): Promise<RecordResult> {
  if (!Number.isSafeInteger(p.amountMinor) || p.amountMinor <= 0) throw appError("payment.amount_not_positive");
  const existing = await readPayment(deps, associationId, p.paymentId);
  if (existing) {
    await finish(deps, associationId, existing, p);
    return { payment: existing, created: false };
  }
  const entries = await entriesFor(deps, associationId, p);
  const { paymentId, unitId, date, method, lineId, amountMinor, receiptNumber, payerName, reference, note } = p;
  const details = { amountMinor, receiptNumber, payerName, reference, note, entries };
  const item = await paymentItem(deps, associationId, { paymentId, unitId, date, method, lineId, details });
  try {
    await deps.table.put(item, { ifAbsent: true });
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    return recordPayment(deps, associationId, p);
  }
  await postEntries(deps, associationId, unitId, entries);
  const payment = (await readPayment(deps, associationId, paymentId)) as PaymentView;
  return { payment, created: true };
}

/**
 * Reverses a payment with new entries (`rev-…`), never an edit; running it twice changes nothing
 * the second time. The payment record is marked reversed first (refused when card money of it
 * already went back), so a refund arriving meanwhile finds it reversed and books nothing.
 */
export async function reversePayment(
  deps: AppDeps,
  associationId: string,
  paymentId: string,
  r: { date: string; reason: string },
) {
  const payment = await readPayment(deps, associationId, paymentId);
  if (!payment) throw notFound();
  const entries = reversalEntries(payment.details.entries, r.date, r.reason);
  await markReversed(deps, associationId, paymentId);
  const out = await postEntries(deps, associationId, payment.unitId, entries);
  return { paymentId, reversed: out.posted.length > 0 };
}
