import type { LedgerEntry } from "../../../ledger/model/entry";

/**
 * The ledger side of card money going back to the payer (a refund, or a dispute the association
 * lost): new entries that undo part or all of a payment's entries, never an edit. Pure.
 */
export type ReturnReason = "refund" | "chargeback";

export interface ReturnRequest {
  paymentId: string;
  /** A short stable id of this return (from the processor's refund or dispute id). */
  returnKey: string;
  reason: ReturnReason;
  amountMinor: number;
  date: string;
  description: string;
}

const prefixes: Record<ReturnReason, string> = { refund: "rfd", chargeback: "chb" };

/** True for an entry that undoes part of a payment entry (`rfd-…`, `chb-…`). */
export function isReturnEntry(e: LedgerEntry): boolean {
  return e.entryId.startsWith("rfd-") || e.entryId.startsWith("chb-");
}

/** What each payment entry still credits after the earlier returns (positive minor units). */
export function stillCredited(payment: readonly LedgerEntry[], earlier: readonly LedgerEntry[]): Map<string, number> {
  const left = new Map(payment.map((e) => [e.entryId, -e.amountMinor]));
  for (const r of earlier) {
    const target = (r.explanation as { reverses?: unknown } | undefined)?.reverses;
    if (typeof target === "string" && left.has(target)) left.set(target, (left.get(target) ?? 0) - r.amountMinor);
  }
  return left;
}

/**
 * The entries of one return: positive amounts (the owner owes again what went back), one per
 * fund, taken from the payment's per-fund entries last first (the reverse of the order they were
 * allocated in) and never more than a payment entry still credits, so returns add up to at most
 * the payment (the fee line of a card payment was never credited to the owner and is not reversed).
 */
export function returnEntries(
  payment: readonly LedgerEntry[],
  earlier: readonly LedgerEntry[],
  r: ReturnRequest,
): LedgerEntry[] {
  const left = stillCredited(payment, earlier);
  let rest = r.amountMinor;
  const out: LedgerEntry[] = [];
  for (const e of [...payment].reverse()) {
    const take = Math.min(rest, left.get(e.entryId) ?? 0);
    if (take <= 0) continue;
    out.push({
      entryId: `${prefixes[r.reason]}-${r.returnKey}-${e.fund}`,
      period: r.date.slice(0, 7),
      date: r.date,
      kind: "payment",
      fund: e.fund,
      amountMinor: take,
      description: r.description,
      explanation: { reverses: e.entryId, reason: r.reason, paymentId: r.paymentId },
    });
    rest -= take;
  }
  return out;
}
