import type { AppDeps } from "../platform/deps";
import { keys } from "../platform/keys";

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

export async function putUnit(deps: AppDeps, associationId: string, unit: Unit): Promise<void> {
  const item: UnitItem = { ...keys.unit(associationId, unit.unitId), associationId, ...unit };
  await deps.table.put(item);
}

export async function listUnits(deps: AppDeps, associationId: string): Promise<Unit[]> {
  const items = await deps.table.queryAll<UnitItem>(`A#${associationId}`, "UNIT#");
  return items.map(({ pk: _pk, sk: _sk, associationId: _a, ...unit }) => unit);
}
