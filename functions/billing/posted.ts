import { type AccountHead, openHeads } from "../ledger/account-store";
import { readEntries } from "../ledger/read-entries";
import type { AppDeps } from "../platform/deps";
import { mapConcurrent } from "../platform/model/concurrency";
import type { Unit } from "../registry/units";
import type { BillLine } from "./compute/types";
import { byUnitThenEntry, isPublishedCharge, lineOfEntry } from "./model/posted-lines";

// Accounts read at once: one Query each, like the key openings before them.
const readConcurrency = 16;

/**
 * The lines a published period posted, read back from the immutable ledger (one query per
 * account). Unlike recomputing, this does not move when rules, invoices or the registry change
 * after publishing, and it leaves out later adjustments. Zero lines (exempt, not a beneficiary)
 * were never posted, so they are not here.
 */
export async function postedLines(
  deps: AppDeps,
  associationId: string,
  period: string,
  units: readonly Unit[],
): Promise<{ lines: BillLine[]; heads: Map<string, AccountHead> }> {
  const heads = await openHeads(
    deps,
    associationId,
    units.map((u) => u.unitId),
  );
  const perAccount = await mapConcurrent([...heads.values()], readConcurrency, async (head) => {
    const entries = await readEntries(deps, head.key, associationId, head.item.unitId, period);
    return entries.filter((e) => isPublishedCharge(e, period)).map((e) => lineOfEntry(head.item.unitId, e));
  });
  return { lines: perAccount.flat().sort(byUnitThenEntry), heads };
}
