import type { AppDeps } from "../platform/deps";
import type { JobName } from "./schedules";

/** What a job run did, for logs and tests (counts only, no personal data). */
export type JobReport = Record<string, number | string>;
export type JobFunction = (deps: AppDeps, at: Date) => Promise<JobReport>;

/**
 * Each domain registers the job functions it owns. The same function runs from EventBridge in
 * AWS (lambda/jobs.ts) and from the local scheduler.
 */
const jobs = new Map<JobName, JobFunction>();

export function registerJob(name: JobName, fn: JobFunction): void {
  jobs.set(name, fn);
}

export function jobFor(name: JobName): JobFunction | undefined {
  return jobs.get(name);
}

export function registeredJobs(): JobName[] {
  return [...jobs.keys()];
}
