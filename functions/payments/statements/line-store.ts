import type { DataKey } from "../../platform/crypto/envelope";
import type { AppDeps } from "../../platform/deps";
import { keys } from "../../platform/keys";
import { isConditionFailure } from "../../platform/table";
import type { StatementLine } from "./normalize";

/** Where a line stands: booked automatically, waiting in the queue, assigned by a person, or not a credit. */
export type LineStatus = "matched" | "suggested" | "unmatched" | "assigned" | "ignored";

export interface LineItem {
  pk: string;
  sk: string;
  lineId: string;
  statementId: string;
  bookingDate: string;
  status: LineStatus;
  unitId?: string;
  suggestedUnitId?: string;
  confidence: number;
  reason: string;
  /** Set once the payment of a matched or assigned line is recorded. */
  paymentId?: string;
  /** Amount, payer, reference and account: personal, sealed under the association's bank-inbox key. */
  sealed: string;
}

export type LineView = Omit<LineItem, "pk" | "sk" | "sealed"> & Omit<StatementLine, "lineId">;

const bankScope = (associationId: string) => ({ kind: "account" as const, associationId, unitId: "_bank" });

/** The data key of the association's bank inbox (made once, wrapped next to the lines). */
export async function bankKey(deps: AppDeps, associationId: string): Promise<DataKey> {
  const k = { pk: `A#${associationId}#BANK`, sk: "KEY" };
  const item = await deps.table.get<{ pk: string; sk: string; wrappedKey: string }>(k, true);
  if (item) return deps.envelope.open(bankScope(associationId), item.wrappedKey);
  const { wrapped } = await deps.envelope.create(bankScope(associationId));
  try {
    const item = { ...k, wrappedKey: wrapped };
    await deps.table.put(item, { ifAbsent: true });
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
  return bankKey(deps, associationId);
}

export function sealLine(key: DataKey, item: Omit<LineItem, "sealed">, l: StatementLine): LineItem {
  const { lineId: _id, bookingDate: _d, ...rest } = l;
  return { ...item, sealed: key.seal(`${item.pk}|${item.sk}`, "line", JSON.stringify(rest)) };
}

export function openLine(key: DataKey, item: LineItem): LineView {
  const { pk, sk, sealed, ...plain } = item;
  return { ...plain, ...(JSON.parse(key.open(`${pk}|${sk}`, "line", sealed)) as Omit<StatementLine, "lineId">) };
}

export async function readLines(deps: AppDeps, associationId: string, lineIds: string[]): Promise<LineItem[]> {
  const out: LineItem[] = [];
  for (let i = 0; i < lineIds.length; i += 100) {
    const chunk = lineIds.slice(i, i + 100).map((id) => keys.statementLine(associationId, id));
    out.push(...((await deps.table.batchGet(chunk)) as LineItem[]));
  }
  return out;
}

export async function listLines(deps: AppDeps, associationId: string): Promise<LineItem[]> {
  return deps.table.queryAll<LineItem>(`A#${associationId}#BANK`, "LINE#");
}

/** Puts lines only if absent (a concurrent import of the same lines writes each once). */
export async function putNewLines(deps: AppDeps, items: LineItem[]): Promise<void> {
  for (const item of items) {
    try {
      await deps.table.put(item, { ifAbsent: true });
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
}

/** Assigns an open line to a unit, only while it is still open (two people cannot both assign it). */
export async function claimLine(
  deps: AppDeps,
  associationId: string,
  lineId: string,
  unitId: string,
): Promise<boolean> {
  try {
    await deps.table.update({
      Key: keys.statementLine(associationId, lineId),
      UpdateExpression: "SET #s = :assigned, unitId = :u",
      ConditionExpression: "#s IN (:unmatched, :suggested)",
      ExpressionAttributeNames: { "#s": "status" },
      ExpressionAttributeValues: {
        ":assigned": "assigned",
        ":u": unitId,
        ":unmatched": "unmatched",
        ":suggested": "suggested",
      },
    });
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

export async function markBooked(deps: AppDeps, associationId: string, lineId: string, paymentId: string) {
  await deps.table.update({
    Key: keys.statementLine(associationId, lineId),
    UpdateExpression: "SET paymentId = :p",
    ExpressionAttributeValues: { ":p": paymentId },
  });
}
