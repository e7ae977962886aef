import { DomainError, type FieldError } from "../../kernel/errors";
import { averageMilli, formatMilli, parseRegisterValue, registerMax } from "./quantity";
import type { Meter } from "./types";

/** Consumption above this multiple of the recent average asks for confirmation. */
export const UNUSUAL_FACTOR = 3n;

/** Everything a reading is checked against. Pure data: the adapter loads it. */
export interface ReadingCheck {
  meter: Meter;
  /** The values typed, one per register. */
  values: readonly string[];
  /** The latest reading before this period, per register in thousandths (absent for a first reading). */
  previous?: readonly bigint[];
  /**
   * The latest real (not estimated) reading, the floor no value may go below. Consumption is
   * counted from `previous`, so after an over-estimate it is negative: the estimate is settled.
   */
  floor?: readonly bigint[];
  /** Recent real monthly consumptions (total over registers, thousandths), newest first. */
  recent: readonly bigint[];
  /** Today in the association's calendar (YYYY-MM-DD). */
  today: string;
  /** The person confirmed an unusual consumption. */
  confirmed: boolean;
  /** An initial reading (a new meter): consumption is zero and nothing is compared. */
  initial?: boolean;
  /**
   * The final reading of a meter taken off the wall: accepted even after its verification date,
   * since an expired verification is the usual reason for replacing it.
   */
  final?: boolean;
}

export interface CheckedReading {
  values: string[];
  consumption: string[];
  /** Unusual and confirmed: flagged for the administrator. */
  flagged: boolean;
}

export type CheckOutcome = { ok: true; reading: CheckedReading } | { ok: false; issues: FieldError[] };

function meterIssues(c: ReadingCheck, at: string): FieldError[] {
  if (c.meter.status === "retired") return [{ path: at, code: "meters.meter_retired" }];
  if (c.meter.verificationDue < c.today && !c.final) {
    return [{ path: at, code: "meters.verification_expired", params: { date: c.meter.verificationDue } }];
  }
  if (c.values.length !== c.meter.registers.length) {
    return [{ path: `${at}.values`, code: "meters.register_count", params: { count: c.meter.registers.length } }];
  }
  return [];
}

function parseAll(c: ReadingCheck, at: string): { parsed: bigint[]; issues: FieldError[] } {
  const parsed: bigint[] = [];
  const issues: FieldError[] = [];
  c.meter.registers.forEach((register, i) => {
    try {
      parsed.push(parseRegisterValue(c.values[i] ?? "", register));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      issues.push({ path: `${at}.values.${i}`, code: error.code, params: numericParams(error.details) });
    }
  });
  return { parsed, issues };
}

function numericParams(details: Readonly<Record<string, unknown>>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(details)) if (typeof v === "number" || typeof v === "string") out[k] = v;
  return out;
}

function belowPrevious(c: ReadingCheck, parsed: bigint[], at: string): FieldError[] {
  const floor = c.floor ?? c.previous;
  if (c.initial || !floor) return [];
  return parsed.flatMap((value, i) => {
    const before = floor[i];
    if (before === undefined || value >= before) return [];
    return [{ path: `${at}.values.${i}`, code: "meters.below_previous", params: { previous: formatMilli(before) } }];
  });
}

/** Consumption far above the usual (> 3× the recent average), or more than half the dial at once. */
export function isUnusual(total: bigint, recent: readonly bigint[], meter: Meter): boolean {
  const average = recent.length >= 2 ? averageMilli(recent) : undefined;
  if (average !== undefined && average > 0n && total > UNUSUAL_FACTOR * average) return true;
  const dial = meter.registers.reduce((s, r) => s + registerMax(r), 0n);
  return total * 2n > dial;
}

/**
 * Checks one reading: the meter may be read (not retired, verification not expired), every value
 * is a number the dial can show, no register goes backwards (a replacement starts a new meter),
 * and unusual consumption needs a confirmation. Returns every problem at once, paths under `at`.
 */
export function checkReading(c: ReadingCheck, at = "reading"): CheckOutcome {
  const meter = meterIssues(c, at);
  if (meter.length > 0) return { ok: false, issues: meter };
  const { parsed, issues } = parseAll(c, at);
  if (issues.length > 0) return { ok: false, issues };
  const below = belowPrevious(c, parsed, at);
  if (below.length > 0) return { ok: false, issues: below };
  const consumption = parsed.map((v, i) => (c.initial || !c.previous ? 0n : v - (c.previous[i] ?? v)));
  const total = consumption.reduce((s, v) => s + v, 0n);
  const unusual = !c.initial && isUnusual(total, c.recent, c.meter);
  if (unusual && !c.confirmed) {
    const average = averageMilli(c.recent);
    return {
      ok: false,
      issues: [
        {
          path: `${at}.confirm`,
          code: "meters.needs_confirmation",
          params: { consumption: formatMilli(total), average: average === undefined ? "—" : formatMilli(average) },
        },
      ],
    };
  }
  return {
    ok: true,
    reading: { values: parsed.map(formatMilli), consumption: consumption.map(formatMilli), flagged: unusual },
  };
}
