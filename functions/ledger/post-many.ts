import type { AppDeps } from "../platform/deps";
import { mapConcurrent } from "../platform/model/concurrency";
import { isConditionFailure, type TransactItem } from "../platform/table";
import { type AccountHead, openHeads } from "./account-store";
import type { LedgerEntry } from "./model/entry";
import { postingsOf } from "./model/posting";
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
// Groups hold disjoint accounts, so their transactions may overlap; a few at once hide the round
// trips of a large association without crowding the table's write capacity.
const transactionConcurrency = 4;

/** The transaction items an account needs: one per posting (period) and its head. */
const itemsNeeded = (b: AccountBatch) => postingsOf(b.entries).length + 1;

/** Packs whole accounts into groups of at most 100 transaction items. */
function pack(batches: readonly AccountBatch[]): AccountBatch[][] {
  const groups: AccountBatch[][] = [];
  let current: AccountBatch[] = [];
  let size = 0;
  for (const b of batches) {
    const need = itemsNeeded(b);
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
 * transaction in which every posting is put only if absent and every head is updated only at the
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
  const heads = await openHeads(
    deps,
    associationId,
    work.map((b) => b.unitId),
  );
  const outcomes = await mapConcurrent(pack(work), transactionConcurrency, (group) =>
    postGroup(deps, associationId, heads, group),
  );
  const result: PostManyResult = { accounts: work.length, postedAccounts: 0, fallbackAccounts: 0, transactions: 0 };
  for (const o of outcomes) {
    result.postedAccounts += o.postedAccounts;
    result.fallbackAccounts += o.fallbackAccounts;
    result.transactions += o.transactions;
  }
  return result;
}

type GroupOutcome = Omit<PostManyResult, "accounts">;

/** One transaction for the group's accounts, or each account on its own if it cannot go through. */
async function postGroup(
  deps: AppDeps,
  associationId: string,
  heads: Map<string, AccountHead>,
  group: AccountBatch[],
): Promise<GroupOutcome> {
  const items = group.flatMap((b) => itemsFor(deps, heads.get(b.unitId), b));
  const outcome: GroupOutcome = { postedAccounts: 0, fallbackAccounts: 0, transactions: 0 };
  try {
    if (items.length !== group.reduce((s, b) => s + itemsNeeded(b), 0)) throw new MissingHead();
    outcome.transactions += 1;
    await deps.table.transact(items);
    outcome.postedAccounts += group.length;
  } catch (error) {
    if (!(error instanceof MissingHead) && !isConditionFailure(error)) throw error;
    for (const b of group) {
      const out = await postEntries(deps, associationId, b.unitId, b.entries);
      if (out.posted.length > 0) outcome.postedAccounts += 1;
      outcome.fallbackAccounts += 1;
    }
  }
  return outcome;
}

class MissingHead extends Error {}

function itemsFor(deps: AppDeps, head: AccountHead | undefined, b: AccountBatch): TransactItem[] {
  return head ? transactionFor(deps, head, b.entries) : [];
}
