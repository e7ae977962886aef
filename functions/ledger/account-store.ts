import type { DataKey } from "../platform/crypto/envelope";
import type { AppDeps } from "../platform/deps";
import { keys } from "../platform/keys";
import { mapConcurrent } from "../platform/model/concurrency";
import type { Currency } from "../platform/model/schemas";
import type { Balances, LedgerEntry } from "./model/entry";

/**
 * The head item of a personal account: its wrapped data key, sealed balances and the latest
 * lines. The owner home reads this one item. Amounts and texts are sealed under the account key,
 * bound to this item and field.
 */
export interface AccountHeadItem {
  pk: string;
  sk: string;
  associationId: string;
  unitId: string;
  unitNumber: string;
  currency: Currency;
  wrappedKey: string;
  balancesSealed: string;
  recentSealed: string;
  version: number;
  entryCount: number;
}

export interface AccountHead {
  item: AccountHeadItem;
  key: DataKey;
  balances: Balances;
  recent: LedgerEntry[];
}

export const recentLimit = 12;

// Account keys opened at once: a cold billing run of 500 accounts waits for ~32 rounds of KMS
// Decrypt instead of 500, well inside KMS's shared request quota (thousands per second).
const openConcurrency = 16;

/** Opens an account (idempotent): makes its data key and an empty head. */
export async function openAccount(
  deps: AppDeps,
  a: { associationId: string; unitId: string; unitNumber: string; currency: Currency },
): Promise<void> {
  const scope = { kind: "account" as const, associationId: a.associationId, unitId: a.unitId };
  const head = keys.account(a.associationId, a.unitId);
  if (await deps.table.get(head, true)) return;
  const { wrapped, key } = await deps.envelope.create(scope);
  const item: AccountHeadItem = {
    ...head,
    ...a,
    wrappedKey: wrapped,
    balancesSealed: key.seal(head.pk, "balances", "{}"),
    recentSealed: key.seal(head.pk, "recent", "[]"),
    version: 0,
    entryCount: 0,
  };
  await deps.table.put(item, { ifAbsent: true }).catch((error: unknown) => {
    if ((error as { name?: string }).name !== "ConditionalCheckFailedException") throw error;
  });
}

export async function readAccountHead(deps: AppDeps, associationId: string, unitId: string, consistent = false) {
  const item = await deps.table.get<AccountHeadItem>(keys.account(associationId, unitId), consistent);
  return item ? openHead(deps, item) : undefined;
}

export async function openHead(deps: AppDeps, item: AccountHeadItem): Promise<AccountHead> {
  const key = await deps.envelope.open(
    { kind: "account", associationId: item.associationId, unitId: item.unitId },
    item.wrappedKey,
  );
  return {
    item,
    key,
    balances: JSON.parse(key.open(item.pk, "balances", item.balancesSealed)) as Balances,
    recent: JSON.parse(key.open(item.pk, "recent", item.recentSealed)) as LedgerEntry[],
  };
}

/**
 * Opens the heads of many accounts: eventually consistent reads of 100 keys per request (a stale
 * version only costs the writer a retry), account keys opened concurrently. Units without an
 * account are left out of the map.
 */
export async function openHeads(
  deps: AppDeps,
  associationId: string,
  unitIds: readonly string[],
): Promise<Map<string, AccountHead>> {
  const items: AccountHeadItem[] = [];
  for (let i = 0; i < unitIds.length; i += 100) {
    const chunk = unitIds.slice(i, i + 100).map((u) => keys.account(associationId, u));
    items.push(...((await deps.table.batchGet(chunk)) as AccountHeadItem[]));
  }
  const heads = await mapConcurrent(items, openConcurrency, (item) => openHead(deps, item));
  return new Map(heads.map((head) => [head.item.unitId, head]));
}
