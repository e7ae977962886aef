import { readAccountHead } from "../ledger/account-store";
import type { AppDeps } from "../platform/deps";
import { notFound } from "../platform/errors";
import { type ItemKey, keys, meterReadingsIndex } from "../platform/keys";
import type { TransactItem } from "../platform/table";
import type { Reading } from "./model/types";

/** What is sealed under the account key: values, consumption, who entered it, photo, history. */
type Sealed = Pick<Reading, "values" | "consumption" | "enteredBy" | "photoKey" | "history">;

/**
 * A reading item. Key, period, flags and dates stay plaintext (they index and list); the
 * quantities and who entered them are personal-account data, sealed under the unit's account key
 * and bound to this item. Building meters have no account: their data is stored as plain JSON.
 */
export interface ReadingItem extends ItemKey {
  gsi2pk: string;
  gsi2sk: string;
  associationId: string;
  unitId: string;
  meterId: string;
  period: string;
  kind: Reading["kind"];
  source: Reading["source"];
  estimated: boolean;
  flagged: boolean;
  enteredAt: string;
  version: number;
  data: string;
}

/** Seals and opens reading data for one unit (account key) or the building (plain). */
export interface ReadingCodec {
  seal(key: ItemKey, data: Sealed): string;
  open(key: ItemKey, text: string): Sealed;
}

const plain: ReadingCodec = { seal: (_k, d) => JSON.stringify(d), open: (_k, t) => JSON.parse(t) as Sealed };

/** The codec of a unit's readings (its account's data key), or the plain one for building meters. */
export async function codecFor(
  deps: AppDeps,
  associationId: string,
  unitId: string | undefined,
): Promise<ReadingCodec> {
  if (!unitId) return plain;
  const head = await readAccountHead(deps, associationId, unitId);
  if (!head) throw notFound();
  const id = (k: ItemKey) => `${k.pk}|${k.sk}`;
  return {
    seal: (k, d) => head.key.seal(id(k), "reading", JSON.stringify(d)),
    open: (k, t) => JSON.parse(head.key.open(id(k), "reading", t)) as Sealed,
  };
}

export function toReading(item: ReadingItem, codec: ReadingCodec): Reading {
  const data = codec.open(item, item.data);
  return {
    meterId: item.meterId,
    ...(item.unitId ? { unitId: item.unitId } : {}),
    period: item.period,
    kind: item.kind,
    source: item.source,
    estimated: item.estimated,
    flagged: item.flagged,
    enteredAt: item.enteredAt,
    ...data,
  };
}

/** The stored item of a reading at a version (sealed under the codec's key). */
export function readingItem(associationId: string, codec: ReadingCodec, r: Reading, version: number): ReadingItem {
  const key = keys.meterReading(associationId, r.unitId, r.meterId, r.period);
  return {
    ...key,
    gsi2pk: meterReadingsIndex(associationId, r.period),
    gsi2sk: `${r.unitId ?? "BLD"}#${r.meterId}`,
    associationId,
    unitId: r.unitId ?? "",
    meterId: r.meterId,
    period: r.period,
    kind: r.kind,
    source: r.source,
    estimated: r.estimated,
    flagged: r.flagged,
    enteredAt: r.enteredAt,
    version,
    data: codec.seal(key, {
      values: r.values,
      consumption: r.consumption,
      enteredBy: r.enteredBy,
      photoKey: r.photoKey,
      history: r.history,
    }),
  };
}

/** A guarded put: new when `version` is 0, else only over that exact version (corrections race safely). */
export function readingPut(
  deps: AppDeps,
  codec: ReadingCodec,
  associationId: string,
  r: Reading,
  version: number,
): TransactItem {
  const item = readingItem(associationId, codec, r, version + 1);
  const condition = version === 0 ? "attribute_not_exists(pk)" : "version = :v";
  return {
    Put: {
      TableName: deps.table.name,
      Item: item,
      ConditionExpression: condition,
      ...(version === 0 ? {} : { ExpressionAttributeValues: { ":v": version } }),
    },
  };
}

/** A stored reading with the version its next write must match. */
export interface Stored {
  reading: Reading;
  version: number;
}

/** Every reading of one meter, oldest first. */
export async function readingsOfMeter(
  deps: AppDeps,
  codec: ReadingCodec,
  associationId: string,
  unitId: string | undefined,
  meterId: string,
): Promise<Stored[]> {
  const pk = keys.meterReading(associationId, unitId, meterId, "").pk;
  const items = await deps.table.queryAll<ReadingItem>(pk, `READ#${meterId}#`);
  return items
    .map((item) => ({ reading: toReading(item, codec), version: item.version }))
    .sort((a, b) => (a.reading.period < b.reading.period ? -1 : 1));
}

/** Every reading of a unit (all meters), oldest first per meter. */
export async function readingsOfUnit(deps: AppDeps, codec: ReadingCodec, associationId: string, unitId: string) {
  const items = await deps.table.queryAll<ReadingItem>(`A#${associationId}#U#${unitId}`, "READ#");
  return items.map((item) => toReading(item, codec));
}

/** The reading items of an association's period, unopened (one query on gsi2). */
export async function readingItemsOfPeriod(deps: AppDeps, associationId: string, period: string) {
  return deps.table.queryAll<ReadingItem>(meterReadingsIndex(associationId, period), "", {
    name: "gsi2",
    pk: "gsi2pk",
    sk: "gsi2sk",
  });
}
