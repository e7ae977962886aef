import type { OpenDebts } from "./api";

export interface PreviewPart {
  kind: "principal" | "penalty" | "credit";
  debtId?: string;
  label: string;
  amountMinor: number;
}

/**
 * What a payment would pay, as the server allocates it: principals oldest first across funds, then
 * penalties oldest first, the rest kept as credit. A preview only: the server's allocation is final.
 */
export function previewAllocation(debts: OpenDebts["debts"], amountMinor: number): PreviewPart[] {
  let left = amountMinor;
  const parts: PreviewPart[] = [];
  const take = (kind: "principal" | "penalty", d: OpenDebts["debts"][number], open: number) => {
    const paid = Math.min(open, left);
    if (paid <= 0) return;
    left -= paid;
    parts.push({ kind, debtId: d.debtId, label: `${d.period} · ${d.name}`, amountMinor: paid });
  };
  const ordered = [...debts].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.debtId.localeCompare(b.debtId));
  for (const d of ordered) take("principal", d, d.outstandingMinor);
  for (const d of ordered) take("penalty", d, d.penaltyOutstandingMinor);
  if (left > 0) parts.push({ kind: "credit", label: "", amountMinor: left });
  return parts;
}
