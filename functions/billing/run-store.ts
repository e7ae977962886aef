import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { AppDeps } from "../platform/deps";
import { keys } from "../platform/keys";
import type { Locale } from "../platform/model/schemas";
import type { ChargeColumn } from "./compute/summary";

export type RunStatus = "draft" | "publishing" | "published";

/**
 * The billing run of a period. Association-level figures (charge totals) stay readable for
 * reports; each unit's total is sealed under that unit's account key (field `unit:<id>`).
 */
export interface BillingRun {
  associationId: string;
  period: string;
  status: RunStatus;
  fingerprint: string;
  draftedAt: string;
  charges: ChargeColumn[];
  totalMinor: number;
  unitCount: number;
  lineCount: number;
  unitTotalsSealed: Record<string, string>;
  postedOn?: string;
  dueDate?: string;
  publishedAt?: string;
  /** The published payment list as stored once; set when it is first rendered, never replaced. */
  paymentList?: PaymentListRecord;
}

/** A stored file: its object key in the documents bucket, SHA-256 (hex) and size. */
export interface StoredFile {
  key: string;
  sha256: string;
  sizeBytes: number;
}

/** The payment list of a published period as it was stored (and is served from then on). */
export interface PaymentListRecord {
  storedAt: string;
  locale: Locale;
  pdf: StoredFile;
  csv: StoredFile;
}

type RunItem = BillingRun & { pk: string; sk: string };

export async function readRun(deps: AppDeps, associationId: string, period: string, consistent = false) {
  const item = await deps.table.get<RunItem>(keys.billingRun(associationId, period), consistent);
  if (!item) return undefined;
  const { pk: _p, sk: _s, ...run } = item;
  return run as BillingRun;
}

/** Every run of an association, oldest first. */
export async function listRuns(deps: AppDeps, associationId: string): Promise<BillingRun[]> {
  const items = await deps.table.queryAll<RunItem>(`A#${associationId}`, "RUN#");
  return items.map(({ pk: _p, sk: _s, ...run }) => run as BillingRun);
}

/** Writes a draft unless the period is already being published or published (condition). */
export async function saveDraft(deps: AppDeps, run: BillingRun): Promise<void> {
  // `status` is a DynamoDB reserved word, hence the attribute-name placeholder (Table.put has none).
  await deps.table.doc.send(
    new PutCommand({
      TableName: deps.table.name,
      Item: { ...keys.billingRun(run.associationId, run.period), ...run },
      ConditionExpression: "attribute_not_exists(pk) OR #s = :draft",
      ExpressionAttributeNames: { "#s": "status" },
      ExpressionAttributeValues: { ":draft": "draft" },
    }),
  );
}

/**
 * Moves a draft (or a crashed publishing) to `publishing`, fixing the posting and due dates the
 * first time only, so a resumed run posts entries with the same dates.
 */
export async function markPublishing(deps: AppDeps, run: BillingRun, postedOn: string, dueDate: string) {
  const out = await deps.table.update({
    Key: keys.billingRun(run.associationId, run.period),
    UpdateExpression:
      "SET #s = :publishing, postedOn = if_not_exists(postedOn, :p), dueDate = if_not_exists(dueDate, :d)",
    ConditionExpression: "(#s = :draft OR #s = :publishing) AND fingerprint = :f",
    ExpressionAttributeNames: { "#s": "status" },
    ExpressionAttributeValues: {
      ":publishing": "publishing",
      ":draft": "draft",
      ":p": postedOn,
      ":d": dueDate,
      ":f": run.fingerprint,
    },
    ReturnValues: "ALL_NEW",
  });
  const item = out.Attributes as RunItem;
  return { postedOn: item.postedOn ?? postedOn, dueDate: item.dueDate ?? dueDate };
}

/** Closes the period. Returns false when another publisher closed it first. */
export async function markPublished(deps: AppDeps, associationId: string, period: string): Promise<boolean> {
  try {
    await deps.table.update({
      Key: keys.billingRun(associationId, period),
      UpdateExpression: "SET #s = :published, publishedAt = :at",
      ConditionExpression: "#s = :publishing",
      ExpressionAttributeNames: { "#s": "status" },
      ExpressionAttributeValues: {
        ":published": "published",
        ":publishing": "publishing",
        ":at": deps.clock.now().toISOString(),
      },
    });
    return true;
  } catch (error) {
    if ((error as { name?: string }).name === "ConditionalCheckFailedException") return false;
    throw error;
  }
}

/**
 * Records the stored payment list of a published period, first writer wins: answers the record
 * now on the run item, which is `record` unless another request recorded its own first.
 */
export async function recordPaymentList(
  deps: AppDeps,
  associationId: string,
  period: string,
  record: PaymentListRecord,
): Promise<PaymentListRecord> {
  try {
    await deps.table.update({
      Key: keys.billingRun(associationId, period),
      UpdateExpression: "SET paymentList = :r",
      ConditionExpression: "#s = :published AND attribute_not_exists(paymentList)",
      ExpressionAttributeNames: { "#s": "status" },
      ExpressionAttributeValues: { ":r": record, ":published": "published" },
    });
    return record;
  } catch (error) {
    if ((error as { name?: string }).name !== "ConditionalCheckFailedException") throw error;
    const recorded = (await readRun(deps, associationId, period, true))?.paymentList;
    if (!recorded) throw error;
    return recorded;
  }
}
