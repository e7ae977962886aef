import { readAccountHead } from "../ledger/account-store";
import { readEntries } from "../ledger/read-entries";
import type { AppDeps } from "../platform/deps";
import { notFound } from "../platform/errors";
import { type OpenItems, openItems } from "./model/open-items";

/** The open items of one account, read from its entries. */
export async function accountOpenItems(deps: AppDeps, associationId: string, unitId: string): Promise<OpenItems> {
  const head = await readAccountHead(deps, associationId, unitId);
  if (!head) throw notFound();
  return openItems(await readEntries(deps, head.key, associationId, unitId));
}
