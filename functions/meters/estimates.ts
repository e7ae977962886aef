import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { isConditionFailure } from "../platform/table";
import { listUnits, type Unit } from "../registry/units";
import type { MeterContext } from "./calendar";
import { listMeters } from "./meter-store";
import { estimateConsumption } from "./model/estimate";
import { estimationPolicies } from "./model/estimation-policies";
import { formatMilli, milliOf } from "./model/quantity";
import type { Meter, Reading } from "./model/types";
import { estimatesDue } from "./model/window";
import { codecFor, type ReadingCodec, readingPut, readingsOfUnit } from "./reading-store";

/** Persons living in the unit now: the latest entry of its persons list. */
function personsOf(unit: Unit): number {
  return unit.persons.at(-1)?.count ?? 0;
}

/** The estimated reading of a meter for a period, from the readings before it; none without a base reading. */
export function estimatedReading(
  meter: Meter,
  readings: readonly Reading[],
  unit: Unit,
  mc: MeterContext,
  period: string,
  at: string,
): Reading | undefined {
  const before = readings.filter((r) => r.period < period).sort((x, y) => (x.period < y.period ? -1 : 1));
  const base = before.at(-1);
  if (!base) return undefined;
  const policy = estimationPolicies[mc.a.country];
  const consumption = meter.registers.map((_, i) => {
    const history = before
      .filter((r) => r.kind === "regular")
      .map((r) => ({ period: r.period, consumption: milliOf(r.consumption[i] ?? "0"), estimated: r.estimated }));
    const norm = i === 0 ? policy.normsPerPerson[meter.kind] : undefined;
    return estimateConsumption({ period, history, persons: personsOf(unit), norm, policy }).consumption;
  });
  return {
    meterId: meter.meterId,
    unitId: unit.unitId,
    period,
    kind: "regular",
    source: "estimate",
    estimated: true,
    flagged: false,
    enteredBy: "system",
    enteredAt: at,
    values: consumption.map((c, i) => formatMilli(milliOf(base.values[i] ?? "0") + c)),
    consumption: consumption.map(formatMilli),
    history: [],
  };
}

async function estimateUnit(deps: AppDeps, mc: MeterContext, unit: Unit, meters: Meter[], period: string) {
  const count = { estimated: 0, alreadyRead: 0 };
  const codec: ReadingCodec = await codecFor(deps, mc.a.associationId, unit.unitId);
  const readings = await readingsOfUnit(deps, codec, mc.a.associationId, unit.unitId);
  for (const meter of meters) {
    const own = readings.filter((r) => r.meterId === meter.meterId);
    if (own.some((r) => r.period === period)) {
      count.alreadyRead += 1;
      continue;
    }
    const estimate = estimatedReading(meter, own, unit, mc, period, deps.clock.now().toISOString());
    if (!estimate) continue;
    try {
      // Written only where no reading exists: a real reading, or a concurrent run, wins.
      await deps.table.transact([readingPut(deps, codec, mc.a.associationId, estimate, 0)]);
      count.estimated += 1;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      count.alreadyRead += 1;
    }
  }
  return count;
}

/**
 * Estimates every missing unit reading of a period once its window has closed, per the country's
 * policy (recent average, then norm per person). Idempotent: running it twice, or two at once,
 * writes each estimate once; a real reading that arrives later replaces it and keeps it in history.
 */
export async function estimatePeriod(deps: AppDeps, mc: MeterContext, period: string) {
  const closed = period < mc.window.period || (period === mc.window.period && estimatesDue(mc.rule, mc.today));
  if (!closed) throw appError("meters.window_still_open", { params: { period, closesOn: mc.window.closesOn } });
  const [units, meters] = await Promise.all([
    listUnits(deps, mc.a.associationId),
    listMeters(deps, mc.a.associationId),
  ]);
  const total = { estimated: 0, alreadyRead: 0 };
  for (const unit of units) {
    const own = meters.filter((m) => m.unitId === unit.unitId && m.status === "active");
    if (own.length === 0) continue;
    const c = await estimateUnit(deps, mc, unit, own, period);
    total.estimated += c.estimated;
    total.alreadyRead += c.alreadyRead;
  }
  return total;
}
