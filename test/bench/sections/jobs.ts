import { dispatchJob } from "../../../functions/jobs/queue/dispatch";
import type { JobMessage } from "../../../functions/jobs/queue/message";
import { workJobMessage } from "../../../functions/jobs/queue/work";
import type { JobName } from "../../../functions/kernel/schedules";
import { InProcessJobQueue } from "../../../functions/local/job-queue";
import type { AppDeps } from "../../../functions/platform/deps";
import { storeBrokenAssociation } from "../../support/broken-association";
import { setUp } from "../support/billing-association";
import { median, round } from "../support/stats";

/**
 * Section 7 — nightly jobs fanned out on the queue: N associations of 50 units on the embedded
 * runtime, billing.daily (each association's draft: the heaviest nightly work) and
 * payments.penalties (every account's open items read back), through the same dispatcher, queue
 * semantics and worker code as in AWS. The AWS wall time at the largest Romanian portal's size
 * is modelled from the measured per-association time and the worker concurrency in lib/jobs-stack.ts.
 */
export interface JobRun {
  job: JobName;
  messages: number;
  wallMs: number;
  perAssociationMs: { median: number; p95: number };
  deadLetters: number;
}

export interface JobsSection {
  associations: number;
  unitsPerAssociation: number;
  localConcurrency: number;
  setupMs: number;
  runs: JobRun[];
  injectedFailure: { messages: number; deadLetters: number; deadAssociation: string };
  model: {
    associations: number;
    awsConcurrency: number;
    sqsBatchMs: number;
    rows: { job: JobName; dispatchS: number; workS: number; totalS: number; withinLimit: boolean }[];
  };
  notes: string[];
}

const unitsPerAssociation = 50;
const localConcurrency = 4;
/** lib/jobs-stack.ts: the event source's maximum concurrency. */
const awsConcurrency = 50;
const awsAssociations = 30_000;
/** Assumed SendMessageBatch round trip inside a region (10 messages each). */
const sqsBatchMs = 20;
const quarterHourS = 15 * 60;

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? 0;

async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

async function runThroughQueue(deps: AppDeps, job: JobName, at: Date, maxReceives = 5): Promise<JobRun> {
  const durations: number[] = [];
  const queue = new InProcessJobQueue(
    async (m: JobMessage) => {
      const start = performance.now();
      await workJobMessage(deps, m);
      durations.push(performance.now() - start);
    },
    { concurrency: localConcurrency, maxReceives, backoffMs: () => 10 },
  );
  const start = performance.now();
  const { dispatched } = await dispatchJob(deps, queue, job, at);
  await queue.idle();
  return {
    job,
    messages: dispatched,
    wallMs: round(performance.now() - start, 0),
    perAssociationMs: { median: round(median(durations), 1), p95: round(p95(durations), 1) },
    deadLetters: queue.deadLetters().length,
  };
}

function model(runs: JobRun[]): JobsSection["model"] {
  const dispatchS = ((awsAssociations / 10) * sqsBatchMs) / 1000;
  const rows = runs.map((r) => {
    const workS = ((awsAssociations / awsConcurrency) * r.perAssociationMs.median) / 1000;
    const totalS = round(dispatchS + workS, 0);
    return {
      job: r.job,
      dispatchS: round(dispatchS, 0),
      workS: round(workS, 0),
      totalS,
      withinLimit: totalS < quarterHourS,
    };
  });
  return { associations: awsAssociations, awsConcurrency, sqsBatchMs, rows };
}

export async function runJobsSection(base: AppDeps, associations: number): Promise<JobsSection> {
  const prefix = `jobs-${Date.now().toString(36)}`;
  const ids = Array.from({ length: associations }, (_, i) => `${prefix}-${String(i).padStart(5, "0")}`);
  const setupStart = performance.now();
  await inBatches(ids, 4, (id) => setUp(base, id, unitsPerAssociation));
  const setupMs = round(performance.now() - setupStart, 0);
  // The fixture bills 2026-12 on the 5th (Europe/Bucharest); penalties a month later read every account.
  const runs = [
    await runThroughQueue(base, "billing.daily", new Date("2026-12-05T01:00:00Z")),
    await runThroughQueue(base, "payments.penalties", new Date("2027-01-20T02:30:00Z")),
  ];
  const broken = `${prefix}-broken`;
  await storeBrokenAssociation(base, ids[0] as string, broken);
  const again = await runThroughQueue(base, "billing.daily", new Date("2026-12-05T01:00:00Z"), 3);
  return {
    associations,
    unitsPerAssociation,
    localConcurrency,
    setupMs,
    runs,
    injectedFailure: { messages: again.messages, deadLetters: again.deadLetters, deadAssociation: broken },
    model: model(runs),
    notes: [
      "Per-association time is measured on the embedded runtime (dynalite, local KMS) with 4 messages in flight on a shared 2-core machine; in AWS each message runs in its own Lambda.",
      `Modelled AWS time = dispatch (${awsAssociations} messages in batches of 10 at ${sqsBatchMs} ms) + ${awsAssociations} / ${awsConcurrency} workers × the measured median per association.`,
      "The penalty run finds no overdue debt in the fixture (its December charges are drafted, not published), so it measures reading every account, not booking penalties.",
      "The injected failure: an association with the time zone 'Mars/Olympus_Mons' written past validation; its message is retried 3 times and parked; every other association is done.",
    ],
  };
}
