import { createHash } from "node:crypto";
import type { Fund, LedgerEntry } from "../../ledger/model/entry";
import type { PaymentAllocation } from "./allocate-payment";

/** How money came in. */
export type PaymentMethod = "cash" | "transfer" | "statement" | "card";

/** A short, stable id from parts (hex of SHA-256), used for idempotent payment and line keys. */
export function stableId(prefix: string, ...parts: readonly string[]): string {
  return `${prefix}${createHash("sha256").update(parts.join("\u241f")).digest("hex").slice(0, 20)}`;
}

/** The payment id of a hand-entered payment: the client's idempotency key, scoped to the association. */
export function manualPaymentId(associationId: string, idempotencyKey: string): string {
  return stableId("m", associationId, idempotencyKey);
}

/** The fund a part of a payment is booked to: principals to the debt's fund, penalties and credit as named. */
function fundOf(part: PaymentAllocation): Fund {
  if (part.kind === "penalty") return "penalties";
  if (part.kind === "credit") return "maintenance";
  return (part.fund ?? "maintenance") as Fund;
}

/**
 * The ledger entries of a payment: one per fund it pays into (`pay-<paymentId>-<fund>`), each
 * negative (it lowers what the owner owes), with the allocation in the explanation. Money never
 * moves between funds: each fund gets exactly what was allocated to its debts.
 */
export function paymentEntries(
  p: { paymentId: string; date: string; method: PaymentMethod; description: string },
  allocation: readonly PaymentAllocation[],
): LedgerEntry[] {
  const byFund = new Map<Fund, PaymentAllocation[]>();
  for (const part of allocation) byFund.set(fundOf(part), [...(byFund.get(fundOf(part)) ?? []), part]);
  return [...byFund].map(([fund, parts]) => ({
    entryId: `pay-${p.paymentId}-${fund}`,
    period: p.date.slice(0, 7),
    date: p.date,
    kind: "payment",
    fund,
    amountMinor: -parts.reduce((s, x) => s + x.amountMinor, 0),
    description: p.description,
    explanation: {
      paymentId: p.paymentId,
      method: p.method,
      allocation: parts.map((x) => (x.kind === "credit" ? { kind: x.kind, amountMinor: x.amountMinor } : { ...x })),
    },
  }));
}

/** The reversal of payment entries: the same amounts with the opposite sign, `rev-<paymentId>-<fund>`. */
export function reversalEntries(entries: readonly LedgerEntry[], date: string, reason: string): LedgerEntry[] {
  return entries.map((e) => ({
    entryId: `rev-${e.entryId.slice(4)}`,
    period: date.slice(0, 7),
    date,
    kind: "payment",
    fund: e.fund,
    amountMinor: -e.amountMinor,
    description: reason,
    explanation: { reverses: e.entryId, reason },
  }));
}
