import type { InvoiceInput } from "../../lib/api";
import type { ChargeFund } from "../../lib/charge-options";
import { parseAmountInput } from "../../lib/format";

/** How an invoice is divided over the units. */
export const distributionKeys = ["equal", "share", "area", "persons", "consumption", "beneficiaries"] as const;
/** How the building difference (building meter minus the units' meters) is divided. */
export const differenceKeys = ["persons", "share", "area", "equal"] as const;

/** An invoice as the form edits it; `consumption` holds each unit's typed quantity by unit id. */
export interface InvoiceDraft {
  supplier: string;
  number: string;
  date: string;
  amount: string;
  name: string;
  fund: ChargeFund;
  key: (typeof distributionKeys)[number];
  beneficiaries: string[];
  exempt: string[];
  meter: string;
  uom: string;
  buildingConsumption: string;
  differenceKey: (typeof differenceKeys)[number];
  consumption: Record<string, string>;
  decisionNumber: string;
  decisionDate: string;
}

/** A new invoice of the month, dated on its first day and divided by share. */
export const emptyInvoiceDraft = (period: string): InvoiceDraft => ({
  supplier: "",
  number: "",
  date: `${period}-01`,
  amount: "",
  name: "",
  fund: "maintenance",
  key: "share",
  beneficiaries: [],
  exempt: [],
  meter: "",
  uom: "m3",
  buildingConsumption: "",
  differenceKey: "persons",
  consumption: {},
  decisionNumber: "",
  decisionDate: "",
});

/** The request body (for the preview and for saving): trimmed, empty quantities and unused fields left out. */
export function invoiceBodyOf(d: InvoiceDraft, period: string, currency: string): InvoiceInput {
  const consumption = d.key === "consumption";
  const quantities = Object.fromEntries(
    Object.entries(d.consumption)
      .filter(([, q]) => q.trim() !== "")
      .map(([unitId, q]) => [unitId, parseAmountInput(q) ?? q]),
  );
  return {
    period,
    supplier: d.supplier.trim(),
    number: d.number.trim(),
    date: d.date,
    amount: parseAmountInput(d.amount) ?? d.amount.trim(),
    currency: currency as InvoiceInput["currency"],
    name: d.name.trim(),
    fund: d.fund,
    distribution: {
      key: d.key,
      ...(d.key === "beneficiaries" ? { beneficiaries: d.beneficiaries } : {}),
      ...(d.exempt.length > 0 ? { exempt: d.exempt } : {}),
      ...(consumption && d.meter.trim() ? { meter: d.meter.trim() } : {}),
      ...(consumption ? { uom: d.uom as NonNullable<InvoiceInput["distribution"]["uom"]> } : {}),
      ...(consumption && d.buildingConsumption.trim()
        ? {
            buildingConsumption: parseAmountInput(d.buildingConsumption) ?? d.buildingConsumption,
            differenceKey: d.differenceKey,
          }
        : {}),
    },
    ...(consumption ? { consumption: quantities } : {}),
    ...(d.decisionNumber.trim() && d.decisionDate
      ? { decision: { number: d.decisionNumber.trim(), date: d.decisionDate } }
      : {}),
  };
}
