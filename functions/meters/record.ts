import { throwIfIssues } from "../kernel/domain-errors";
import type { FieldError } from "../kernel/errors";
import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { keys } from "../platform/keys";
import { isConditionFailure, type TransactItem } from "../platform/table";
import type { Reading } from "./model/types";
import { nextPeriod } from "./model/window";
import { type Entry, type Plan, planReading, type Recording } from "./plan-reading";
import { codecFor, type ReadingCodec, readingPut, readingsOfMeter } from "./reading-store";

/**
 * Readings of period P are billed by the run of the month after (RO lists posted early in the
 * month, PL/RU advances): once that run has gone out, P is closed.
 */
export async function periodClosed(deps: AppDeps, associationId: string, period: string): Promise<boolean> {
  // Billing sits above meters (it reads their consumption), so meters reads only the run's
  // status through the shared key instead of importing billing's store.
  const run = await deps.table.get<{ pk: string; sk: string; status?: string }>(
    keys.billingRun(associationId, nextPeriod(period)),
    true,
  );
  return run !== undefined && run.status !== "draft";
}

interface Planned {
  plan: Plan;
  codec: ReadingCodec;
}

async function planAll(
  deps: AppDeps,
  associationId: string,
  entries: readonly Entry[],
  rec: Recording,
  paths: string[],
) {
  const codecs = new Map<string, ReadingCodec>();
  const out: Planned[] = [];
  for (const [i, entry] of entries.entries()) {
    const unit = entry.meter.unitId ?? "";
    const codec = codecs.get(unit) ?? (await codecFor(deps, associationId, entry.meter.unitId));
    codecs.set(unit, codec);
    const history = await readingsOfMeter(deps, codec, associationId, entry.meter.unitId, entry.meter.meterId);
    out.push({ plan: planReading(entry, history, rec, paths[i] ?? `readings.${i}`), codec });
  }
  return out;
}

/**
 * Records readings all-or-nothing: every entry is planned first and any problem answers 400 with
 * every field at fault and nothing written; then the writes go out in transactions of up to 100
 * items, each guarded by the version it read (a concurrent change answers 409).
 */
export async function recordReadings(
  deps: AppDeps,
  associationId: string,
  entries: readonly Entry[],
  rec: Recording,
  paths: string[] = [],
  dryRun = false,
): Promise<{ readings: Reading[]; unchanged: number }> {
  try {
    return await recordOnce(deps, associationId, entries, rec, paths, dryRun);
  } catch (error) {
    // A double click raced itself: planned again, the same values are now simply unchanged.
    if (!isConditionFailure(error)) throw error;
    return recordOnce(deps, associationId, entries, rec, paths, dryRun).catch((again: unknown) => {
      throw isConditionFailure(again) ? appError("conflict") : again;
    });
  }
}

async function recordOnce(
  deps: AppDeps,
  associationId: string,
  entries: readonly Entry[],
  rec: Recording,
  paths: string[],
  dryRun: boolean,
): Promise<{ readings: Reading[]; unchanged: number }> {
  const planned = await planAll(deps, associationId, entries, rec, paths);
  const issues: FieldError[] = planned.flatMap(({ plan }) => (plan.kind === "refused" ? plan.issues : []));
  throwIfIssues(issues);
  const puts: TransactItem[] = planned.flatMap(({ plan, codec }) =>
    plan.kind === "write" ? plan.writes.map((w) => readingPut(deps, codec, associationId, w.reading, w.version)) : [],
  );
  if (!dryRun) await writeAll(deps, puts);
  const readings = planned.flatMap(({ plan }) => (plan.kind === "refused" ? [] : [plan.reading]));
  return { readings, unchanged: planned.filter(({ plan }) => plan.kind === "unchanged").length };
}

async function writeAll(deps: AppDeps, puts: TransactItem[]): Promise<void> {
  for (let i = 0; i < puts.length; i += 100) await deps.table.transact(puts.slice(i, i + 100));
}
