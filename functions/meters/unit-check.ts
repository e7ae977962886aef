import type { AppDeps } from "../platform/deps";
import { notFound } from "../platform/errors";
import { readUnit } from "../registry/units";

/** The unit must exist in the registry: a made-up unit id is a 404, never an empty screen. */
export async function readRegistryUnit(deps: AppDeps, associationId: string, unitId: string) {
  const unit = await readUnit(deps, associationId, unitId);
  if (!unit) throw notFound();
  return unit;
}
