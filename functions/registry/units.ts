import { openAccount } from "../ledger/account-store";
import type { AppDeps } from "../platform/deps";
import { keys } from "../platform/keys";
import type { Currency } from "../platform/model/schemas";

/** A unit of the registry (apartment, commercial space, parking). Association data, not personal. */
export interface Unit {
  unitId: string;
  number: string;
  building: string;
  staircase: string;
  type: "apartment" | "commercial" | "parking";
  floor: number;
  /** Useful area in m² as a decimal string ("54.30"), never a float. */
  area: string;
  /** Share of common property in parts per million (sums to 1,000,000 over the association). */
  sharePpm: number;
  /** Persons living in the unit, with effective dates (`to` open-ended when absent). */
  persons: { count: number; from: string; to?: string }[];
  /** Bank-transfer reference that identifies the unit's payments. */
  paymentReference: string;
}

type UnitItem = Unit & { pk: string; sk: string; associationId: string };

function toItem(associationId: string, unit: Unit): UnitItem {
  return { ...keys.unit(associationId, unit.unitId), associationId, ...unit };
}

function fromItem({ pk: _pk, sk: _sk, associationId: _a, ...unit }: UnitItem): Unit {
  return unit;
}

export async function putUnit(deps: AppDeps, associationId: string, unit: Unit): Promise<void> {
  await deps.table.put(toItem(associationId, unit));
}

/** Writes many units, 25 per request (imports): callers validate everything first. */
export async function putUnits(deps: AppDeps, associationId: string, units: readonly Unit[]): Promise<void> {
  await deps.table.batchPut(units.map((u) => toItem(associationId, u)));
}

export async function readUnit(deps: AppDeps, associationId: string, unitId: string): Promise<Unit | undefined> {
  const item = await deps.table.get<UnitItem>(keys.unit(associationId, unitId));
  return item ? fromItem(item) : undefined;
}

export async function listUnits(deps: AppDeps, associationId: string): Promise<Unit[]> {
  const items = await deps.table.queryAll<UnitItem>(`A#${associationId}`, "UNIT#");
  return items.map(fromItem);
}

export async function deleteUnit(deps: AppDeps, associationId: string, unitId: string): Promise<void> {
  await deps.table.delete(keys.unit(associationId, unitId));
}

/** Opens the personal account of each unit that has none yet (idempotent; one data key per account). */
export async function openAccounts(deps: AppDeps, associationId: string, currency: Currency, units: readonly Unit[]) {
  for (const u of units) {
    await openAccount(deps, { associationId, unitId: u.unitId, unitNumber: u.number, currency });
  }
}
