import middy from "@middy/core";
import { jobFor } from "../jobs/registry";
import "../jobs/all";
import type { JobName } from "../jobs/schedules";
import { loadConfig } from "../platform/config";
import { createDeps } from "../platform/deps";

const deps = createDeps(loadConfig(process.env));

/** EventBridge Scheduler target: `{ "job": "<JobName>" }`. Jobs are idempotent, so retries are safe. */
export const handler = middy(async (event: { job: JobName }) => {
  const job = jobFor(event.job);
  if (!job) throw new Error(`unknown job ${event.job}`);
  const report = await job(deps, deps.clock.now());
  deps.log.info("job finished", { job: event.job, ...report });
  return report;
});
