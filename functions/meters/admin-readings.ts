import { throwIfIssues } from "../kernel/domain-errors";
import type { FieldError } from "../kernel/errors";
import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { listUnits } from "../registry/units";
import type { MeterContext } from "./calendar";
import { listMeters } from "./meter-store";
import type { Meter } from "./model/types";
import type { Entry } from "./plan-reading";
import { codecFor, type ReadingCodec, type ReadingItem, readingItemsOfPeriod, toReading } from "./reading-store";
import { periodClosed, recordReadings } from "./record";
import { readingView } from "./views";

/** Administrators enter any month up to the current one whose bill has not gone out. */
export async function assertAdminPeriod(deps: AppDeps, mc: MeterContext, period: string): Promise<void> {
  if (period > mc.window.period) throw appError("meters.period_not_open", { params: { period } });
  if (await periodClosed(deps, mc.a.associationId, period))
    throw appError("meters.period_closed", { params: { period } });
}

export interface AdminInput {
  meterId: string;
  values: string[];
  confirm: boolean;
}

/** Entries for meters named by id (or serial, for imports); unknown meters are field errors at `paths[i]`. */
export function entriesFor(meters: readonly Meter[], inputs: readonly AdminInput[], paths: string[]): Entry[] {
  const issues: FieldError[] = [];
  const entries: Entry[] = [];
  inputs.forEach((input, i) => {
    const meter = meters.find((m) => m.meterId === input.meterId || m.serial === input.meterId);
    if (!meter) issues.push({ path: `${paths[i]}.meterId`, code: "meters.unknown_meter" });
    else entries.push({ meter, values: input.values, confirm: input.confirm });
  });
  throwIfIssues(issues);
  return entries;
}

/** Readings entered or corrected by an administrator (on behalf of owners, or building meters). */
export async function enterAdminReadings(
  deps: AppDeps,
  mc: MeterContext,
  personId: string,
  body: { period: string; readings: AdminInput[] },
  source: "admin" | "import" = "admin",
  paths = body.readings.map((_, i) => `readings.${i}`),
  dryRun = false,
) {
  await assertAdminPeriod(deps, mc, body.period);
  const meters = await listMeters(deps, mc.a.associationId);
  const entries = entriesFor(meters, body.readings, paths);
  const rec = {
    period: body.period,
    source,
    enteredBy: personId,
    enteredAt: deps.clock.now().toISOString(),
    today: mc.today,
    admin: true,
  };
  return recordReadings(deps, mc.a.associationId, entries, rec, paths, dryRun);
}

async function openItems(deps: AppDeps, associationId: string, items: ReadingItem[]) {
  const codecs = new Map<string, ReadingCodec>();
  const out = new Map<string, ReturnType<typeof readingView>>();
  for (const item of items) {
    const codec = codecs.get(item.unitId) ?? (await codecFor(deps, associationId, item.unitId || undefined));
    codecs.set(item.unitId, codec);
    out.set(item.meterId, readingView(toReading(item, codec)));
  }
  return out;
}

/** Who has submitted, who was estimated and who is missing, per unit; building meters apart. */
export async function readingStatus(deps: AppDeps, associationId: string, period: string) {
  const [units, meters, items] = await Promise.all([
    listUnits(deps, associationId),
    listMeters(deps, associationId),
    readingItemsOfPeriod(deps, associationId, period),
  ]);
  const byMeter = await openItems(deps, associationId, items);
  const live = meters.filter((m) => m.status === "active" || byMeter.has(m.meterId));
  const row = (m: Meter) => {
    const reading = byMeter.get(m.meterId) ?? null;
    const state = !reading ? "missing" : reading.estimated ? "estimated" : "submitted";
    return { meterId: m.meterId, kind: m.kind, state: state as "missing" | "estimated" | "submitted", reading };
  };
  return {
    period,
    units: units
      .map((u) => {
        const rows = live.filter((m) => m.unitId === u.unitId).map(row);
        return {
          unitId: u.unitId,
          number: u.number,
          missing: rows.filter((r) => r.state !== "submitted").length,
          meters: rows,
        };
      })
      .filter((u) => u.meters.length > 0),
    building: live
      .filter((m) => !m.unitId)
      .map((m) => ({ meterId: m.meterId, kind: m.kind, reading: byMeter.get(m.meterId) ?? null })),
  };
}
