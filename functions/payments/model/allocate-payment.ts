import type { IsoDate } from "../../kernel/dates";
import { DomainError } from "../../kernel/errors";
import { assertSafeMinor } from "../../kernel/money";

/** An open item of a personal account: unpaid principal and unpaid penalties of one charge. */
export interface OpenDebt {
  debtId: string;
  /** The fund the charge belongs to (maintenance, repair …), carried to the allocation. */
  fund?: string;
  dueDate: IsoDate;
  principalMinor: number;
  penaltyMinor: number;
}

/** Part of a payment applied to one debt's principal or penalty, or left over as credit. */
export type PaymentAllocation =
  | { kind: "principal" | "penalty"; debtId: string; fund?: string; amountMinor: number }
  | { kind: "credit"; amountMinor: number };

function checkDebts(debts: readonly OpenDebt[]): void {
  const seen = new Set<string>();
  for (const d of debts) {
    if (seen.has(d.debtId)) throw new DomainError("payment.duplicate_debt", { debtId: d.debtId });
    seen.add(d.debtId);
    if (assertSafeMinor(d.principalMinor) < 0 || assertSafeMinor(d.penaltyMinor) < 0) {
      throw new DomainError("payment.negative_debt", { debtId: d.debtId });
    }
  }
}

function oldestFirst(a: OpenDebt, b: OpenDebt): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  return a.debtId < b.debtId ? -1 : a.debtId > b.debtId ? 1 : 0;
}

/**
 * Applies a payment: principals oldest first across funds, then penalties oldest first (so a
 * payment never feeds penalties while principal that bears them is open), and the rest as
 * credit. Ties on due date go by debt id, so the result never depends on input order. The
 * allocations sum exactly to the payment.
 */
export function allocatePayment(paymentMinor: number, debts: readonly OpenDebt[]): PaymentAllocation[] {
  if (assertSafeMinor(paymentMinor, "paymentMinor") < 0) throw new DomainError("payment.negative_amount");
  checkDebts(debts);
  const ordered = [...debts].sort(oldestFirst);
  const out: PaymentAllocation[] = [];
  let left = paymentMinor;
  for (const kind of ["principal", "penalty"] as const) {
    for (const d of ordered) {
      const amountMinor = Math.min(left, kind === "principal" ? d.principalMinor : d.penaltyMinor);
      if (amountMinor === 0) continue;
      out.push(
        d.fund === undefined
          ? { kind, debtId: d.debtId, amountMinor }
          : { kind, debtId: d.debtId, fund: d.fund, amountMinor },
      );
      left -= amountMinor;
    }
  }
  if (left > 0) out.push({ kind: "credit", amountMinor: left });
  return out;
}
