import { throwIfIssues } from "../kernel/domain-errors";
import type { FieldError } from "../kernel/errors";
import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import type { MeterContext } from "./calendar";
import { metersOfUnit } from "./meter-store";
import { averageMilli, formatMilli, totalMilli } from "./model/quantity";
import type { Meter, Reading } from "./model/types";
import { keepPhotos, missingPhotos, ownPhotoKey } from "./photos";
import type { Entry } from "./plan-reading";
import { codecFor, readingsOfUnit } from "./reading-store";
import { recordReadings } from "./record";
import { readingView } from "./views";

function typicalOf(readings: readonly Reading[], period: string): string | null {
  const recent = readings
    .filter((r) => r.period < period && !r.estimated && r.kind === "regular")
    .slice(-3)
    .map((r) => totalMilli(r.consumption));
  const avg = averageMilli(recent);
  return avg === undefined ? null : formatMilli(avg);
}

/** The owner's one screen: every active meter with the previous and current reading and the usual consumption. */
export async function ownerMeters(deps: AppDeps, mc: MeterContext, unitId: string) {
  const meters = (await metersOfUnit(deps, mc.a.associationId, unitId)).filter((m) => m.status === "active");
  const codec = await codecFor(deps, mc.a.associationId, unitId);
  const all = (await readingsOfUnit(deps, codec, mc.a.associationId, unitId)).sort((x, y) =>
    x.period < y.period ? -1 : 1,
  );
  const period = mc.window.period;
  return {
    window: mc.window,
    meters: meters.map((meter) => {
      const own = all.filter((r) => r.meterId === meter.meterId);
      const current = own.find((r) => r.period === period);
      const previous = own.filter((r) => r.period < period).at(-1);
      return {
        meter,
        current: current ? readingView(current) : null,
        previous: previous ? readingView(previous) : null,
        typical: typicalOf(own, period),
        verificationExpired: meter.verificationDue < mc.today,
      };
    }),
  };
}

interface OwnerInput {
  meterId: string;
  values: string[];
  confirm: boolean;
  photoKey?: string;
}

function entriesOf(meters: readonly Meter[], mc: MeterContext, unitId: string, inputs: readonly OwnerInput[]) {
  const issues: FieldError[] = [];
  const entries: Entry[] = [];
  inputs.forEach((input, i) => {
    const meter = meters.find((m) => m.meterId === input.meterId);
    if (!meter) issues.push({ path: `readings.${i}.meterId`, code: "meters.meter_not_in_unit" });
    // The upload's key (under pending/) names the photo's final key, under this meter.
    const photoKey = input.photoKey
      ? ownPhotoKey(input.photoKey, mc.a.associationId, unitId, input.meterId)
      : undefined;
    if (input.photoKey && !photoKey) issues.push({ path: `readings.${i}.photoKey`, code: "meters.invalid_photo" });
    if (meter) entries.push({ meter, values: input.values, confirm: input.confirm, photoKey });
  });
  throwIfIssues(issues);
  return entries;
}

/** Checks the window: before it opens, after it closes (strict) or for another period, nothing is taken. */
export function assertOwnerWindow(mc: MeterContext, period: string | undefined): void {
  const w = mc.window;
  const params = { opensOn: w.opensOn, closesOn: w.closesOn, period: period ?? w.period };
  if (period !== undefined && period !== w.period) throw appError("meters.period_closed", { params });
  if (w.status === "before") throw appError("meters.window_not_open", { params });
  if (!w.ownerMayEnter) throw appError("meters.window_closed", { params });
}

/** An owner's submission for the open window: the unit's own meters only, all or none. */
export async function submitOwnerReadings(
  deps: AppDeps,
  mc: MeterContext,
  unitId: string,
  personId: string,
  body: { period?: string; readings: OwnerInput[] },
) {
  assertOwnerWindow(mc, body.period);
  const meters = await metersOfUnit(deps, mc.a.associationId, unitId);
  const entries = entriesOf(meters, mc, unitId, body.readings);
  const photoKeys = entries.map((e) => e.photoKey);
  throwIfIssues(await missingPhotos(deps, photoKeys));
  const rec = {
    period: mc.window.period,
    source: "owner" as const,
    enteredBy: personId,
    enteredAt: deps.clock.now().toISOString(),
    today: mc.today,
    admin: false,
  };
  const out = await recordReadings(deps, mc.a.associationId, entries, rec);
  // Only photos a written reading now names leave pending/ (an unchanged reading keeps its own).
  const named = out.readings.flatMap((r) => (r.photoKey && photoKeys.includes(r.photoKey) ? [r.photoKey] : []));
  await keepPhotos(deps, { associationId: mc.a.associationId, unitId }, named);
  return { readings: out.readings.map(readingView) };
}
