import type { DataKey } from "../platform/crypto/envelope";
import type { AppDeps } from "../platform/deps";
import type { EntryKind, Fund, LedgerEntry } from "./model/entry";

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

/** Every entry of an account (optionally of periods starting with `periodPrefix`, e.g. "2026"). */
export async function readEntries(
  deps: AppDeps,
  key: DataKey,
  associationId: string,
  unitId: string,
  periodPrefix = "",
): Promise<LedgerEntry[]> {
  const items = await deps.table.queryAll<StoredEntry>(`A#${associationId}#U#${unitId}`, `L#${periodPrefix}`);
  return items.map((i) => {
    const open = JSON.parse(key.open(`${i.pk}|${i.sk}`, "entry", i.sealed)) as {
      a: number;
      d: string;
      x?: Record<string, unknown>;
    };
    return {
      entryId: i.entryId,
      period: i.period,
      date: i.date,
      kind: i.kind,
      fund: i.fund,
      amountMinor: open.a,
      description: open.d,
      ...(open.x ? { explanation: open.x } : {}),
    };
  });
}
