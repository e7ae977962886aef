import type { OpenItems } from "./model/open-items";
import type { PaymentView } from "./payment-store";

/** A payment as the API shows it: allocation flattened from its entries. */
export function presentPayment(p: PaymentView) {
  const allocation = p.details.entries.flatMap((e) => {
    const parts = (e.explanation as { allocation?: unknown } | undefined)?.allocation;
    return Array.isArray(parts)
      ? (parts as { kind: "principal" | "penalty" | "credit"; debtId?: string; fund?: string; amountMinor: number }[])
      : [];
  });
  return {
    paymentId: p.paymentId,
    unitId: p.unitId,
    date: p.date,
    method: p.method,
    status: p.status,
    amountMinor: p.details.amountMinor,
    ...(p.details.receiptNumber ? { receiptNumber: p.details.receiptNumber } : {}),
    ...(p.details.payerName ? { payerName: p.details.payerName } : {}),
    ...(p.details.reference ? { reference: p.details.reference } : {}),
    ...(p.lineId ? { lineId: p.lineId } : {}),
    ...(p.disputeState ? { dispute: { state: p.disputeState, since: p.disputeAt ?? p.createdAt } } : {}),
    allocation,
  };
}

/** Open debts as the API shows them. */
export function presentDebts(items: OpenItems) {
  const debts = items.debts
    .filter((d) => d.outstandingMinor > 0 || d.penaltyOutstandingMinor > 0)
    .map((d) => ({
      debtId: d.debtId,
      fund: d.fund,
      period: d.period,
      dueDate: d.dueDate,
      name: d.name,
      principalMinor: d.principalMinor,
      outstandingMinor: d.outstandingMinor,
      penaltyOutstandingMinor: d.penaltyOutstandingMinor,
    }));
  const owed = debts.reduce((s, d) => s + d.outstandingMinor + d.penaltyOutstandingMinor, 0);
  return { debts, creditMinor: items.creditMinor, totalMinor: owed - items.creditMinor };
}
