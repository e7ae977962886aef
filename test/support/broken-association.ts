import type { AppDeps } from "../../functions/platform/deps";
import { type ItemKey, keys } from "../../functions/platform/keys";

/**
 * Copies an association's profile under a new id with an impossible time zone, straight into the
 * table past any validation (as a probe once managed to save one): what job isolation is tested
 * and measured against. Without bank accounts, so it claims no IBAN of the original.
 */
export async function storeBrokenAssociation(deps: AppDeps, copyOf: string, brokenId: string): Promise<void> {
  const item = await deps.table.get<ItemKey & Record<string, unknown>>(keys.association(copyOf));
  if (!item) throw new Error(`no association ${copyOf} to copy`);
  const broken = {
    ...item,
    ...keys.association(brokenId),
    associationId: brokenId,
    gsi2sk: brokenId,
    timezone: "Mars/Olympus_Mons",
    bankAccounts: [],
  };
  await deps.table.put(broken);
}
