import type { AppDeps } from "../platform/deps";
import { keys } from "../platform/keys";
import { isConditionFailure, type TransactItem } from "../platform/table";
import { type AccountHead, type AccountHeadItem, openHead } from "./account-store";
import type { LedgerEntry } from "./model/entry";
import { postEntries, transactionFor } from "./post-entries";

/** Entries for one account. */
export interface AccountBatch {
  unitId: string;
  entries: LedgerEntry[];
}

export interface PostManyResult {
  accounts: number;
  /** Accounts whose entries were written by this call. */
  postedAccounts: number;
  /** Accounts that went through the one-account path (entries already there, or a race). */
  fallbackAccounts: number;
  transactions: number;
}

const maxItems = 100;

/** Reads many heads, 100 keys per request (eventually consistent: a stale version only costs a retry). */
async function readHeads(deps: AppDeps, associationId: string, unitIds: string[]): Promise<Map<string, AccountHead>> {
  const out = new Map<string, AccountHead>();
  for (let i = 0; i < unitIds.length; i += 100) {
    const chunk = unitIds.slice(i, i + 100).map((u) => keys.account(associationId, u));
    const items = (await deps.table.batchGet(chunk)) as AccountHeadItem[];
    for (const item of items) out.set(item.unitId, await openHead(deps, item));
  }
  return out;
}

/** Packs whole accounts into groups of at most 100 transaction items (entries + 1 head each). */
function pack(batches: readonly AccountBatch[]): AccountBatch[][] {
  const groups: AccountBatch[][] = [];
  let current: AccountBatch[] = [];
  let size = 0;
  for (const b of batches) {
    const need = b.entries.length + 1;
    if (size + need > maxItems && current.length > 0) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(b);
    size += need;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Posts entries to many accounts with few requests and exactly once: several accounts share one
 * transaction in which every entry is put only if absent and every head is updated only at the
 * version read. If anything in it was already posted or raced, the whole transaction writes
 * nothing, and each of its accounts goes through `postEntries` (which skips existing entries and
 * retries races). So a second, concurrent or resumed run never posts an entry twice.
 */
export async function postMany(
  deps: AppDeps,
  associationId: string,
  batches: readonly AccountBatch[],
): Promise<PostManyResult> {
  const work = batches.filter((b) => b.entries.length > 0);
  const heads = await readHeads(
    deps,
    associationId,
    work.map((b) => b.unitId),
  );
  const result: PostManyResult = { accounts: work.length, postedAccounts: 0, fallbackAccounts: 0, transactions: 0 };
  for (const group of pack(work)) {
    const items = group.flatMap((b) => itemsFor(deps, heads.get(b.unitId), b));
    try {
      if (items.length !== group.reduce((s, b) => s + b.entries.length + 1, 0)) throw new MissingHead();
      result.transactions += 1;
      await deps.table.transact(items);
      result.postedAccounts += group.length;
    } catch (error) {
      if (!(error instanceof MissingHead) && !isConditionFailure(error)) throw error;
      for (const b of group) {
        const out = await postEntries(deps, associationId, b.unitId, b.entries);
        if (out.posted.length > 0) result.postedAccounts += 1;
        result.fallbackAccounts += 1;
      }
    }
  }
  return result;
}

class MissingHead extends Error {}

function itemsFor(deps: AppDeps, head: AccountHead | undefined, b: AccountBatch): TransactItem[] {
  return head ? transactionFor(deps, head, b.entries) : [];
}
