import type { DataKey } from "../platform/crypto/envelope";
import type { AppDeps } from "../platform/deps";
import type { EntryKind, Fund, LedgerEntry } from "./model/entry";
import { fromSealed, type SealedEntry } from "./model/posting";

/** A posting item (post-entries.ts): several entries of one period, sealed together. */
interface StoredPosting {
  pk: string;
  sk: string;
  entryIds: string[];
  sealed: string;
}

/** An entry stored alone, as every entry was before postings. Still read, never written. */
interface StoredEntry {
  pk: string;
  sk: string;
  entryId: string;
  period: string;
  date: string;
  kind: EntryKind;
  fund: Fund;
  sealed: string;
}

type StoredLedgerItem = StoredPosting | StoredEntry;

const partition = (associationId: string, unitId: string) => `A#${associationId}#U#${unitId}`;

function openItem(key: DataKey, item: StoredLedgerItem): LedgerEntry[] {
  const itemId = `${item.pk}|${item.sk}`;
  if ("entryIds" in item)
    return (JSON.parse(key.open(itemId, "posting", item.sealed)) as SealedEntry[]).map(fromSealed);
  const open = JSON.parse(key.open(itemId, "entry", item.sealed)) as {
    a: number;
    d: string;
    x?: Record<string, unknown>;
  };
  const { entryId, period, date, kind, fund } = item;
  return [
    {
      entryId,
      period,
      date,
      kind,
      fund,
      amountMinor: open.a,
      description: open.d,
      ...(open.x ? { explanation: open.x } : {}),
    },
  ];
}

// The order the entries had when each was its own item: by period, then entry id.
const bySortKey = (a: LedgerEntry, b: LedgerEntry) =>
  a.period === b.period ? (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0) : a.period < b.period ? -1 : 1;

/** Every entry of an account (optionally of periods starting with `periodPrefix`, e.g. "2026"). */
export async function readEntries(
  deps: AppDeps,
  key: DataKey,
  associationId: string,
  unitId: string,
  periodPrefix = "",
): Promise<LedgerEntry[]> {
  const items = await deps.table.queryAll<StoredLedgerItem>(partition(associationId, unitId), `L#${periodPrefix}`);
  return items.flatMap((item) => openItem(key, item)).sort(bySortKey);
}

/** The ids of the entries already posted to an account in these periods (nothing is opened). */
export async function postedEntryIds(
  deps: AppDeps,
  associationId: string,
  unitId: string,
  periods: readonly string[],
): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const period of periods) {
    let start: string | undefined;
    do {
      const page = await deps.table.query<StoredLedgerItem>({
        KeyConditionExpression: "pk = :p AND begins_with(sk, :s)",
        ExpressionAttributeValues: { ":p": partition(associationId, unitId), ":s": `L#${period}#` },
        ProjectionExpression: "pk, sk, entryId, entryIds",
        ConsistentRead: true,
        ...(start ? { ExclusiveStartKey: JSON.parse(Buffer.from(start, "base64url").toString("utf8")) } : {}),
      });
      for (const item of page.items) for (const id of "entryIds" in item ? item.entryIds : [item.entryId]) ids.add(id);
      start = page.next;
    } while (start);
  }
  return ids;
}
