import type { PeriodConsumption } from "../kernel/consumption";
import type { AppDeps } from "../platform/deps";
import { listMeters } from "./meter-store";
import { formatMilli, totalMilli } from "./model/quantity";
import { previousPeriod } from "./model/window";
import { codecFor, type ReadingCodec, readingItemsOfPeriod, toReading } from "./reading-store";

/**
 * Consumption of one meter kind billed in `billingPeriod`: the readings taken in the month before
 * (the window closes before the next payment list is drafted). Per unit the sum over its meters
 * of that kind (a replaced meter's final part plus the new one's); the building meters' sum is
 * the building consumption, so billing splits the difference. A negative month (a real reading
 * under an earlier over-estimate) is billed as zero. Undefined when no unit reading exists.
 */
export async function readingConsumption(
  deps: AppDeps,
  associationId: string,
  billingPeriod: string,
  kind: string,
): Promise<PeriodConsumption | undefined> {
  const period = previousPeriod(billingPeriod);
  const [meters, items] = await Promise.all([
    listMeters(deps, associationId),
    readingItemsOfPeriod(deps, associationId, period),
  ]);
  const ofKind = new Set(meters.filter((m) => m.kind === kind).map((m) => m.meterId));
  const relevant = items.filter((i) => ofKind.has(i.meterId));
  if (!relevant.some((i) => i.unitId)) return undefined;
  const codecs = new Map<string, ReadingCodec>();
  const perUnit = new Map<string, bigint>();
  let building: bigint | undefined;
  for (const item of relevant) {
    const codec = codecs.get(item.unitId) ?? (await codecFor(deps, associationId, item.unitId || undefined));
    codecs.set(item.unitId, codec);
    const total = totalMilli(toReading(item, codec).consumption);
    if (item.unitId) perUnit.set(item.unitId, (perUnit.get(item.unitId) ?? 0n) + total);
    else building = (building ?? 0n) + total;
  }
  const units = Object.fromEntries([...perUnit].map(([u, q]) => [u, formatMilli(q < 0n ? 0n : q)]));
  return { units, ...(building !== undefined && building > 0n ? { building: formatMilli(building) } : {}) };
}
