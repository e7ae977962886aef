import type { AppDeps } from "../platform/deps";
import { appError, notFound } from "../platform/errors";
import { keys } from "../platform/keys";
import { readAssociation } from "../registry/associations";
import type { AssociationFacts } from "./memberships";

/** What a membership copies from the association; 404 when the association does not exist. */
export async function associationFacts(
  deps: AppDeps,
  associationId: string,
): Promise<AssociationFacts & { locale: string }> {
  const a = await readAssociation(deps, associationId);
  if (!a) throw notFound();
  return {
    associationId,
    name: a.name,
    country: a.country,
    currency: a.currency,
    boardSeesAccounts: a.boardSeesAccounts,
    locale: a.locale,
  };
}

/** The units (id and number) of the association, in the order asked; a missing one is a 422 naming it. */
export async function unitsOf(deps: AppDeps, associationId: string, unitIds: string[]) {
  const found = await deps.table.batchGet(unitIds.map((u) => keys.unit(associationId, u)));
  return unitIds.map((unitId, i) => {
    const item = found.find((f) => f.sk === keys.unit(associationId, unitId).sk) as { number?: string } | undefined;
    if (!item?.number) {
      throw appError("identity.unit_unknown", { fields: [{ path: `unitIds.${i}`, code: "identity.unit_unknown" }] });
    }
    return { unitId, number: item.number };
  });
}
