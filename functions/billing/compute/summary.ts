import { createHash } from "node:crypto";
import type { Unit } from "../../registry/units";
import type { BillLine, ChargeFund } from "./types";

/** One column of the payment list: a charge and its total over all units. */
export interface ChargeColumn {
  entryId: string;
  name: string;
  fund: ChargeFund;
  totalMinor: number;
}

/** One row of the payment list: a unit, its lines and total. */
export interface UnitBill {
  unitId: string;
  number: string;
  lines: BillLine[];
  totalMinor: number;
}

/** The payment list, per unit and per charge, with the grand total. */
export interface BillSummary {
  charges: ChargeColumn[];
  units: UnitBill[];
  totalMinor: number;
}

/** Groups lines per unit (registry order) and per charge (first-seen order). */
export function summarize(lines: readonly BillLine[], units: readonly Unit[]): BillSummary {
  const columns = new Map<string, ChargeColumn>();
  for (const l of lines) {
    const col = columns.get(l.entryId) ?? { entryId: l.entryId, name: l.name, fund: l.fund, totalMinor: 0 };
    col.totalMinor += l.amountMinor;
    columns.set(l.entryId, col);
  }
  const rows = units.map((u) => {
    const own = lines.filter((l) => l.unitId === u.unitId);
    return { unitId: u.unitId, number: u.number, lines: own, totalMinor: own.reduce((s, l) => s + l.amountMinor, 0) };
  });
  const charges = [...columns.values()];
  return { charges, units: rows, totalMinor: charges.reduce((s, c) => s + c.totalMinor, 0) };
}

/**
 * A fingerprint of the computed lines. The draft stores it; publishing recomputes the lines and
 * refuses when the fingerprint differs, so what is published is exactly what was reviewed.
 */
export function fingerprint(lines: readonly BillLine[]): string {
  const canonical = lines.map((l) => [l.unitId, l.entryId, l.fund, l.amountMinor, l.name]);
  return createHash("sha256").update(JSON.stringify(canonical)).digest("base64url");
}

/** Sorts unit bills by unit number the way people read them ("2" before "10"). */
export function byUnitNumber(a: { number: string }, b: { number: string }): number {
  return a.number.localeCompare(b.number, "en", { numeric: true });
}
