import { readAccountHead } from "../ledger/account-store";
import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { keys } from "../platform/keys";

/** An owner or co-owner of a unit. Names and contacts are personal: sealed under the account key. */
export interface UnitOwner {
  name: string;
  /** Ownership share in ppm; the owners of a unit sum to 1,000,000. */
  sharePpm: number;
  email?: string;
  phone?: string;
}

interface OwnersItem {
  pk: string;
  sk: string;
  sealed: string;
}

async function accountKey(deps: AppDeps, associationId: string, unitId: string) {
  const head = await readAccountHead(deps, associationId, unitId);
  if (!head) throw appError("not_found");
  return head.key;
}

/** Reads the owners of a unit (empty when none recorded). */
export async function readOwners(deps: AppDeps, associationId: string, unitId: string): Promise<UnitOwner[]> {
  const k = keys.unitOwners(associationId, unitId);
  const [item, key] = await Promise.all([deps.table.get<OwnersItem>(k), accountKey(deps, associationId, unitId)]);
  return item ? (JSON.parse(key.open(`${k.pk}|${k.sk}`, "owners", item.sealed)) as UnitOwner[]) : [];
}

/** Replaces the owners; shares must sum to exactly 1,000,000 ppm (`registry.ownership_not_total`). */
export async function writeOwners(deps: AppDeps, associationId: string, unitId: string, owners: UnitOwner[]) {
  const total = owners.reduce((s, o) => s + o.sharePpm, 0);
  if (total !== 1_000_000) throw appError("registry.ownership_not_total", { params: { total } });
  const k = keys.unitOwners(associationId, unitId);
  const key = await accountKey(deps, associationId, unitId);
  const item: OwnersItem = { ...k, sealed: key.seal(`${k.pk}|${k.sk}`, "owners", JSON.stringify(owners)) };
  await deps.table.put(item);
}
