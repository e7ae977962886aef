import { parseIsoDate } from "../../kernel/dates";
import type { FieldError } from "../../kernel/errors";

/**
 * Pure checks of a unit's registry data. Each returns every problem with a dotted path under
 * `prefix` (e.g. `rows.4.area` for an import, `area` for a form) so a screen can mark the field.
 */
export interface UnitFields {
  number: string;
  type: string;
  floor: number;
  area: string;
  sharePpm: number;
  persons: { count: number; from: string; to?: string }[];
  paymentReference: string;
}

const AREA = /^\d{1,6}(\.\d{1,4})?$/;
const at = (prefix: string, field: string) => (prefix ? `${prefix}.${field}` : field);

/** Useful area: a decimal string with a dot, greater than zero (a negative or zero area is an error). */
export function areaIssues(area: string, prefix = ""): FieldError[] {
  if (area.trim().startsWith("-")) return [{ path: at(prefix, "area"), code: "registry.area_not_positive" }];
  if (!AREA.test(area.trim()))
    return [{ path: at(prefix, "area"), code: "registry.invalid_decimal", params: { value: area } }];
  return /[1-9]/.test(area) ? [] : [{ path: at(prefix, "area"), code: "registry.area_not_positive" }];
}

function isDate(text: string): boolean {
  try {
    parseIsoDate(text);
    return true;
  } catch {
    return false;
  }
}

/** Persons with effective dates: counts ≥ 0, valid dates, `to` not before `from`. */
export function personsIssues(persons: UnitFields["persons"], prefix = ""): FieldError[] {
  return persons.flatMap((p, i) => {
    const path = at(prefix, `persons.${i}`);
    const out: FieldError[] = [];
    if (!Number.isSafeInteger(p.count) || p.count < 0)
      out.push({ path: `${path}.count`, code: "registry.persons_negative" });
    if (!isDate(p.from)) out.push({ path: `${path}.from`, code: "registry.invalid_date" });
    if (p.to !== undefined && (!isDate(p.to) || p.to < p.from))
      out.push({ path: `${path}.to`, code: "registry.invalid_date" });
    return out;
  });
}

/** Every problem of one unit. */
export function unitIssues(u: UnitFields, prefix = ""): FieldError[] {
  const out = [...areaIssues(u.area, prefix), ...personsIssues(u.persons, prefix)];
  if (!Number.isSafeInteger(u.sharePpm) || u.sharePpm < 0 || u.sharePpm > 1_000_000) {
    out.push({ path: at(prefix, "sharePpm"), code: "registry.share_out_of_range" });
  }
  if (!Number.isSafeInteger(u.floor) || u.floor < -5 || u.floor > 200) {
    out.push({ path: at(prefix, "floor"), code: "registry.floor_out_of_range" });
  }
  if (!["apartment", "commercial", "parking"].includes(u.type))
    out.push({ path: at(prefix, "type"), code: "registry.invalid_type" });
  if (!/^[A-Za-z0-9/-]{1,16}$/.test(u.number))
    out.push({ path: at(prefix, "number"), code: "registry.invalid_number" });
  if (!/^[A-Za-z0-9/-]{1,35}$/.test(u.paymentReference)) {
    out.push({ path: at(prefix, "paymentReference"), code: "registry.invalid_reference" });
  }
  return out;
}

/** Issues for values that must be unique across the association (unit numbers, payment references). */
export function duplicateIssues<T>(
  items: readonly T[],
  keyOf: (t: T) => string,
  field: string,
  pathOf: (i: number) => string,
) {
  const seen = new Map<string, number>();
  const out: FieldError[] = [];
  items.forEach((item, i) => {
    const value = keyOf(item).toUpperCase();
    if (seen.has(value))
      out.push({
        path: `${pathOf(i)}.${field}`,
        code: `registry.duplicate_${field}`,
        params: { value: keyOf(item) },
      });
    else seen.set(value, i);
  });
  return out;
}

/** Total of shares; the registry must sum to exactly 1,000,000 ppm before shares are billed. */
export function sharesTotal(units: readonly { sharePpm: number }[]): number {
  return units.reduce((sum, u) => sum + u.sharePpm, 0);
}
