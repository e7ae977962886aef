import type { FieldError } from "../kernel/errors";
import { splitByLargestRemainder } from "../kernel/largest-remainder";
import { duplicateIssues, type UnitFields, unitIssues } from "./model/unit-validation";
import type { RawRow, UnitColumn } from "./unit-table";
import type { Unit } from "./units";

const required: UnitColumn[] = ["number", "type", "floor", "area", "persons", "paymentReference"];

/** The outcome of validating an import: the full registry after it, or every problem. */
export interface ImportPlan {
  units: Unit[];
  created: Unit[];
  updated: Unit[];
  sharesComputed: boolean;
  issues: FieldError[];
}

const INT = /^-?\d+$/;

function intOf(text: string | undefined): number {
  return text !== undefined && INT.test(text) ? Number(text) : Number.NaN;
}

function idFor(number: string): string {
  return `u-${number.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}

function rowIssues(r: RawRow): FieldError[] {
  const out: FieldError[] = [];
  for (const column of required) {
    if (!r.cells[column]) out.push({ path: `rows.${r.row}.${column}`, code: "registry.required" });
  }
  for (const column of ["floor", "persons", "sharePpm"] as const) {
    const text = r.cells[column];
    if (text && !INT.test(text)) out.push({ path: `rows.${r.row}.${column}`, code: "registry.not_integer" });
  }
  return out;
}

function unitOf(r: RawRow, existing: Map<string, Unit>, today: string): Unit {
  const c = r.cells;
  const number = c.number ?? "";
  const known = c.unitId ? existing.get(c.unitId) : [...existing.values()].find((u) => u.number === number);
  const count = intOf(c.persons);
  return {
    unitId: known?.unitId || c.unitId || idFor(number),
    number,
    building: c.building ?? "",
    staircase: c.staircase ?? "",
    type: (c.type ?? "apartment") as Unit["type"],
    floor: intOf(c.floor),
    area: (c.area ?? "").replace(",", "."),
    sharePpm: c.sharePpm ? intOf(c.sharePpm) : 0,
    persons: [{ count, from: c.personsFrom || today }],
    paymentReference: c.paymentReference ?? "",
  };
}

/** Shares by area in ppm, largest remainder so they sum to exactly 1,000,000. */
export function sharesFromArea(units: readonly Unit[]): Unit[] {
  const weights = units.map((u) => areaTenThousandths(u.area));
  const shares = splitByLargestRemainder(1_000_000, weights);
  return units.map((u, i) => ({ ...u, sharePpm: shares[i] ?? 0 }));
}

function areaTenThousandths(area: string): bigint {
  const [int = "0", frac = ""] = area.split(".");
  return BigInt(int) * 10_000n + BigInt(`${frac}0000`.slice(0, 4));
}

function headerIssues(rows: readonly RawRow[], header: readonly string[]): FieldError[] {
  const issues: FieldError[] = required
    .filter((c) => !header.includes(c))
    .map((c) => ({ path: `columns.${c}`, code: "registry.missing_column" }));
  if (rows.length === 0) issues.push({ path: "rows", code: "registry.import_empty" });
  return issues;
}

function rowsIssues(rows: readonly RawRow[], existing: Map<string, Unit>, sharesComputed: boolean): FieldError[] {
  const issues: FieldError[] = [];
  for (const r of rows) {
    if (r.cells.unitId && !existing.has(r.cells.unitId)) {
      issues.push({ path: `rows.${r.row}.unitId`, code: "registry.unknown_unit" });
    }
    if (!sharesComputed && !r.cells.sharePpm)
      issues.push({ path: `rows.${r.row}.sharePpm`, code: "registry.required" });
    issues.push(...rowIssues(r));
  }
  return issues;
}

/**
 * Validates every row before anything is written: field problems per row, unknown unit ids,
 * duplicate numbers and payment references over the resulting registry. Shares are computed
 * from areas when the file leaves the column empty for every row.
 */
export function planImport(
  rows: readonly RawRow[],
  header: readonly string[],
  current: readonly Unit[],
  today: string,
): ImportPlan {
  const existing = new Map(current.map((u) => [u.unitId, u]));
  const sharesComputed = rows.length > 0 && rows.every((r) => !r.cells.sharePpm);
  const imported = rows.map((r) => unitOf(r, existing, today));
  const importedIds = new Set(imported.map((u) => u.unitId));
  const kept = current.filter((u) => !importedIds.has(u.unitId));
  const issues = [
    ...headerIssues(rows, header),
    ...rowsIssues(rows, existing, sharesComputed),
    ...imported.flatMap((u, i) => validOnly(u, `rows.${rows[i]?.row}`, sharesComputed)),
    ...duplicates(kept, imported, rows),
  ];
  const merged = [...kept, ...imported];
  const units = sharesComputed && issues.length === 0 ? sharesFromArea(merged) : merged;
  const byId = new Map(units.map((u) => [u.unitId, u]));
  const final = imported.map((u) => byId.get(u.unitId) ?? u);
  return {
    units,
    created: final.filter((u) => !existing.has(u.unitId)),
    updated: final.filter((u) => existing.has(u.unitId)),
    sharesComputed,
    issues: dedupe(issues),
  };
}

function validOnly(u: Unit, prefix: string, sharesComputed: boolean): FieldError[] {
  const fields: UnitFields = { ...u, sharePpm: sharesComputed ? 0 : u.sharePpm };
  return unitIssues(fields, prefix).map((e) => ({
    ...e,
    path: e.path.replace(/persons\.0\.count$/, "persons").replace(/persons\.0\.from$/, "personsFrom"),
  }));
}

/** Numbers and references must stay unique over the whole registry; kept units come first so the imported row is the one named. */
function duplicates(kept: readonly Unit[], imported: readonly Unit[], rows: readonly RawRow[]): FieldError[] {
  const all = [...kept, ...imported];
  const pathOf = (i: number) => (i >= kept.length ? `rows.${rows[i - kept.length]?.row}` : `units.${kept[i]?.unitId}`);
  return [
    ...duplicateIssues(all, (u) => u.number, "number", pathOf),
    ...duplicateIssues(all, (u) => u.paymentReference, "paymentReference", pathOf),
  ];
}

function dedupe(issues: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}|${i.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
