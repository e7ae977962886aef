import type { FieldError } from "../kernel/errors";
import { formatMilli, milliOf, totalMilli } from "./model/quantity";
import type { Meter, PastVersion, Reading, ReadingSource } from "./model/types";
import { checkReading } from "./model/validate";
import type { Stored } from "./reading-store";

/** One reading to record, as typed. */
export interface Entry {
  meter: Meter;
  values: string[];
  confirm: boolean;
  photoKey?: string;
  kind?: Reading["kind"];
}

/** Who records, when, and for which period. */
export interface Recording {
  period: string;
  source: ReadingSource;
  enteredBy: string;
  enteredAt: string;
  today: string;
  /** Administrators may correct readings of any kind; owners only their own regular ones. */
  admin: boolean;
}

/** What to write for one entry: the reading and, after a correction, the next reading re-based. */
export type Plan =
  | { kind: "unchanged"; reading: Reading }
  | { kind: "write"; writes: Stored[]; reading: Reading }
  | { kind: "refused"; issues: FieldError[] };

const milliList = (values: readonly string[]) => values.map(milliOf);

/** Recent real monthly consumptions (total), newest first: what "usual" means for this meter. */
export function recentOf(history: readonly Stored[], period: string): bigint[] {
  return history
    .map((s) => s.reading)
    .filter((r) => r.period < period && !r.estimated && r.kind === "regular")
    .reverse()
    .slice(0, 6)
    .map((r) => totalMilli(r.consumption));
}

function pastOf(r: Reading): PastVersion {
  const { values, consumption, source, estimated, enteredBy, enteredAt } = r;
  return { values, consumption, source, estimated, enteredBy, enteredAt };
}

/** The reading after a correction, with consumption recomputed from the corrected value. */
function rebase(next: Stored | undefined, values: string[], at: string): Stored | FieldError[] | undefined {
  if (!next || next.reading.kind === "initial") return undefined;
  const consumption = milliList(next.reading.values).map((v, i) => v - milliOf(values[i] ?? "0"));
  if (consumption.some((c) => c < 0n))
    return [{ path: `${at}.values`, code: "meters.above_next", params: { period: next.reading.period } }];
  return { ...next, reading: { ...next.reading, consumption: consumption.map(formatMilli) } };
}

/**
 * Plans one reading against the meter's stored history: validation, idempotence (the same values
 * again change nothing) and corrections that keep the earlier version. A real reading after an
 * estimate is counted from the estimated dial value, so the next bill settles the difference.
 * Pure: the caller writes the plan in one transaction.
 */
export function planReading(entry: Entry, history: readonly Stored[], rec: Recording, at: string): Plan {
  const existing = history.find((s) => s.reading.period === rec.period);
  const before = history.filter((s) => s.reading.period < rec.period).map((s) => s.reading);
  const previous = before.at(-1);
  const lastReal = before.filter((r) => !r.estimated).at(-1);
  const kind = entry.kind ?? existing?.reading.kind ?? "regular";
  if (existing && existing.reading.kind !== "regular" && !rec.admin) {
    return { kind: "refused", issues: [{ path: at, code: "meters.replaced_this_period" }] };
  }
  const checked = checkReading(
    {
      meter: entry.meter,
      values: entry.values,
      previous: previous ? milliList(previous.values) : undefined,
      floor: lastReal ? milliList(lastReal.values) : undefined,
      recent: recentOf(history, rec.period),
      today: rec.today,
      confirmed: entry.confirm || rec.source === "import",
      initial: kind === "initial",
      final: kind === "final",
    },
    at,
  );
  if (!checked.ok) return { kind: "refused", issues: checked.issues };
  const same =
    existing && !existing.reading.estimated && existing.reading.values.join() === checked.reading.values.join();
  if (same && existing) return { kind: "unchanged", reading: existing.reading };
  const next = rebase(
    history.find((s) => s.reading.period > rec.period),
    checked.reading.values,
    at,
  );
  if (Array.isArray(next)) return { kind: "refused", issues: next };
  const reading: Reading = {
    meterId: entry.meter.meterId,
    ...(entry.meter.unitId ? { unitId: entry.meter.unitId } : {}),
    period: rec.period,
    kind,
    source: rec.source,
    estimated: false,
    flagged: checked.reading.flagged,
    enteredBy: rec.enteredBy,
    enteredAt: rec.enteredAt,
    values: checked.reading.values,
    consumption: checked.reading.consumption,
    ...(entry.photoKey ? { photoKey: entry.photoKey } : {}),
    history: existing ? [...existing.reading.history, pastOf(existing.reading)] : [],
  };
  const writes = [{ reading, version: existing?.version ?? 0 }, ...(next ? [next] : [])];
  return { kind: "write", writes, reading };
}
