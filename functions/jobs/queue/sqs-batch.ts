import type { AppDeps } from "../../platform/deps";
import { parseJobMessage } from "./message";
import { workJobMessage } from "./work";

/** The parts of an SQS event record the worker reads. */
export interface SqsRecord {
  messageId: string;
  body: string;
}

/** The answer SQS reads with ReportBatchItemFailures: only these messages come back. */
export interface BatchResponse {
  batchItemFailures: { itemIdentifier: string }[];
}

/**
 * Works a batch of job messages, each on its own: a failed one is reported so SQS delivers it
 * again (and parks it after the last attempt) while the others are deleted.
 */
export async function workSqsBatch(deps: AppDeps, records: readonly SqsRecord[]): Promise<BatchResponse> {
  const failures: BatchResponse["batchItemFailures"] = [];
  for (const record of records) {
    try {
      await workJobMessage(deps, parseJobMessage(record.body));
    } catch (error) {
      deps.log.warn("job message failed", { messageId: record.messageId, errorName: (error as Error)?.name });
      failures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures: failures };
}
