import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { keys } from "../platform/keys";
import { cancellationCodes, isConditionFailure, type TransactItem } from "../platform/table";
import { type AccountHead, type AccountHeadItem, readAccountHead, recentLimit } from "./account-store";
import { applyEntries, type LedgerEntry, latest } from "./model/entry";
import { postingsOf, toSealed } from "./model/posting";
import { postedEntryIds } from "./read-entries";

export interface PostResult {
  posted: LedgerEntry[];
  alreadyPosted: LedgerEntry[];
}

const maxPerTransaction = 99; // one slot is the account head

/**
 * Posts entries to one account exactly once. The entries not yet posted are written as postings
 * (one item per period, `attribute_not_exists`, deterministic ids) in the same transaction as the
 * head's new balances, guarded by the head's version, which every posting moves. A retry, a duplicate or a concurrent run finds the entries already there and
 * changes nothing; a version race re-reads and tries again.
 */
export async function postEntries(
  deps: AppDeps,
  associationId: string,
  unitId: string,
  entries: LedgerEntry[],
): Promise<PostResult> {
  if (entries.length > maxPerTransaction) throw new RangeError("too many entries for one account transaction");
  for (let attempt = 0; attempt < 8; attempt++) {
    const head = await readAccountHead(deps, associationId, unitId, true);
    if (!head) throw appError("not_found");
    const fresh = await withoutExisting(deps, associationId, unitId, entries);
    if (fresh.length === 0) return { posted: [], alreadyPosted: entries };
    try {
      await deps.table.transact(transactionFor(deps, head, fresh));
      return { posted: fresh, alreadyPosted: entries.filter((e) => !fresh.includes(e)) };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      deps.log.debug("ledger post raced, retrying", { attempt, codes: cancellationCodes(error).join(",") });
    }
  }
  throw appError("conflict");
}

async function withoutExisting(deps: AppDeps, a: string, u: string, entries: LedgerEntry[]) {
  const existing = await postedEntryIds(deps, a, u, [...new Set(entries.map((e) => e.period))]);
  return entries.filter((e) => !existing.has(e.entryId));
}

/**
 * The transaction items that post `entries` to one account: each posting (the entries of one
 * period, posting.ts) put only if absent, the head updated only at the version it was read at.
 * Exported for multi-account batches (post-many.ts), which pack several accounts into one
 * transaction.
 */
export function transactionFor(deps: AppDeps, head: AccountHead, entries: LedgerEntry[]): TransactItem[] {
  const { item, key } = head;
  const balances = applyEntries(head.balances, entries);
  const recent = latest([...entries, ...head.recent], recentLimit);
  const puts: TransactItem[] = postingsOf(entries).map((posting) => {
    const k = keys.ledgerEntry(item.associationId, item.unitId, posting.period, posting.postingId);
    const itemId = `${k.pk}|${k.sk}`;
    return {
      Put: {
        TableName: deps.table.name,
        ConditionExpression: "attribute_not_exists(pk)",
        Item: {
          ...k,
          postingId: posting.postingId,
          period: posting.period,
          // Entry ids are business keys (`chg-2026-11-water`), not personal data: kept readable so
          // a retry can tell which entries are posted without opening anything.
          entryIds: posting.entries.map((e) => e.entryId),
          sealed: key.seal(itemId, "posting", JSON.stringify(posting.entries.map(toSealed))),
          createdAt: deps.clock.now().toISOString(),
        },
      },
    };
  });
  // The whole head is put back at the next version rather than updated in place: only the
  // ledger writes heads and every write moves the version, so "version = :v" proves nothing else
  // changed since it was read. A Put costs what an Update does, and lets the local stand-in
  // write it in a batch with the entries.
  const next: AccountHeadItem = {
    ...item,
    balancesSealed: key.seal(item.pk, "balances", JSON.stringify(balances)),
    recentSealed: key.seal(item.pk, "recent", JSON.stringify(recent)),
    version: item.version + 1,
    entryCount: item.entryCount + entries.length,
  };
  const update: TransactItem = {
    Put: {
      TableName: deps.table.name,
      Item: next,
      ConditionExpression: "version = :v",
      ExpressionAttributeValues: { ":v": item.version },
    },
  };
  return [...puts, update];
}
