import type { AppDeps } from "../platform/deps";
import { keys } from "../platform/keys";
import type { TransactItem } from "../platform/table";
import type { AssociationProfile } from "../registry/associations";
import { effectiveProfile } from "../registry/profile";
import type { Meter } from "./model/types";
import type { WindowRule } from "./model/window";

/** Meters are association data (device facts, no personal data): stored plainly under the association. */
type MeterItem = Meter & { pk: string; sk: string; associationId: string };

function toItem(associationId: string, meter: Meter): MeterItem {
  return { ...keys.meter(associationId, meter.meterId), associationId, ...meter };
}

function fromItem({ pk: _pk, sk: _sk, associationId: _a, ...meter }: MeterItem): Meter {
  return meter;
}

/** A put of a meter, for transactions (replacement writes both meters and both readings at once). */
export function meterPut(deps: AppDeps, associationId: string, meter: Meter): TransactItem {
  return { Put: { TableName: deps.table.name, Item: toItem(associationId, meter) } };
}

export async function putMeter(deps: AppDeps, associationId: string, meter: Meter): Promise<void> {
  await deps.table.put(toItem(associationId, meter));
}

export async function readMeter(deps: AppDeps, associationId: string, meterId: string): Promise<Meter | undefined> {
  const item = await deps.table.get<MeterItem>(keys.meter(associationId, meterId), true);
  return item ? fromItem(item) : undefined;
}

/** Every meter of an association (one query). */
export async function listMeters(deps: AppDeps, associationId: string): Promise<Meter[]> {
  const items = await deps.table.queryAll<MeterItem>(`A#${associationId}`, "METER#");
  return items.map(fromItem);
}

/** The meters of one unit, the retired ones too (their history stays visible). */
export async function metersOfUnit(deps: AppDeps, associationId: string, unitId: string): Promise<Meter[]> {
  return (await listMeters(deps, associationId)).filter((m) => m.unitId === unitId);
}

type SettingsItem = WindowRule & { pk: string; sk: string };

/** The association's reading window: its own setting, else the country profile's days, strict. */
export async function readWindowRule(deps: AppDeps, a: AssociationProfile): Promise<WindowRule> {
  const item = await deps.table.get<SettingsItem>(keys.meterSettings(a.associationId));
  if (item) return { fromDay: item.fromDay, toDay: item.toDay, mode: item.mode };
  const days = effectiveProfile(a).meterReadingWindow;
  return { fromDay: days.fromDay, toDay: days.toDay, mode: "strict" };
}

export async function saveWindowRule(deps: AppDeps, associationId: string, rule: WindowRule): Promise<void> {
  await deps.table.put({ ...keys.meterSettings(associationId), ...rule });
}
