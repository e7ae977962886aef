import { SQSClient } from "@aws-sdk/client-sqs";
import middy from "@middy/core";
import { dispatchJob } from "../jobs/queue/dispatch";
import { type SqsRecord, workSqsBatch } from "../jobs/queue/sqs-batch";
import { SqsJobQueue } from "../jobs/queue/sqs-queue";
import { type JobName, jobNames } from "../kernel/schedules";
import { loadConfig } from "../platform/config";
import { createDeps } from "../platform/deps";

const deps = createDeps(loadConfig(process.env));
const queueUrl = process.env.JOB_QUEUE_URL;
if (!queueUrl) throw new Error("Domus configuration is invalid — JOB_QUEUE_URL: required");
const queue = new SqsJobQueue(new SQSClient({ region: deps.config.region }), queueUrl);

type SchedulerEvent = { job: JobName };
type SqsEvent = { Records: SqsRecord[] };

const isSqsEvent = (event: SchedulerEvent | SqsEvent): event is SqsEvent => Array.isArray((event as SqsEvent).Records);

/**
 * One function, two triggers. EventBridge Scheduler sends `{ "job": "<JobName>" }`: the function
 * dispatches one message per association to the job queue. The queue's event source sends
 * batches: the function works each message and reports the failed ones, which SQS retries and
 * finally parks in the dead-letter queue.
 */
export const handler = middy(async (event: SchedulerEvent | SqsEvent) => {
  if (isSqsEvent(event)) return workSqsBatch(deps, event.Records);
  if (!jobNames.includes(event.job)) throw new Error(`unknown job ${String(event.job)}`);
  return dispatchJob(deps, queue, event.job, deps.clock.now());
});
