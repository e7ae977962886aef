import { SendMessageBatchCommand, type SQSClient } from "@aws-sdk/client-sqs";
import { type JobMessage, type JobQueue, jobMessageKey } from "./message";

const batchSize = 10;

/** The job queue in AWS: SendMessageBatch, ten at a time, entries SQS refused sent again once. */
export class SqsJobQueue implements JobQueue {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async send(messages: readonly JobMessage[]): Promise<void> {
    for (let i = 0; i < messages.length; i += batchSize) await this.sendBatch(messages.slice(i, i + batchSize), 2);
  }

  private async sendBatch(batch: readonly JobMessage[], attempts: number): Promise<void> {
    const entries = batch.map((m, i) => ({ Id: String(i), MessageBody: JSON.stringify(m) }));
    const out = await this.sqs.send(new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: entries }));
    const failed = (out.Failed ?? []).map((f) => batch[Number(f.Id)]).filter((m): m is JobMessage => !!m);
    if (failed.length === 0) return;
    if (attempts > 1) return this.sendBatch(failed, attempts - 1);
    throw new Error(`SQS refused ${failed.length} job messages, first ${jobMessageKey(failed[0] as JobMessage)}`);
  }
}
