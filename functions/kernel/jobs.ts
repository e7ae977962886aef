import type { AppDeps } from "../platform/deps";
import type { JobName } from "./schedules";

/** What every job needs to know of an association here (the registry's profile satisfies it). */
export interface AssociationRef {
  associationId: string;
}

/** What one association's run did: counts only, never personal data. */
export type JobCounts = Record<string, number>;

/**
 * A nightly job as every domain writes it: the work for one association on one day. Everything
 * for that association (its date in its own time zone included) happens inside `runFor`, so a bad
 * profile fails that association alone. It must be idempotent: a run repeated, or run twice at
 * once, has its effects once.
 */
export interface AssociationJob<A extends AssociationRef = AssociationRef> {
  name: JobName;
  /** The counts a run reports, so a report says 0 rather than leaving them out. */
  counts: readonly string[];
  runFor(deps: AppDeps, a: A, at: Date): Promise<JobCounts>;
}

/** The sum over associations, with the ones that failed named so an operator can look at them. */
export interface JobReport {
  associations: number;
  failed: number;
  failedAssociations: string[];
  counts: JobCounts;
}

export type AssociationOutcome = { ok: true; counts: JobCounts } | { ok: false; errorName: string; code?: string };

/** Runs a job for one association and turns any throw into a logged failure of that association. */
export async function runIsolated<A extends AssociationRef>(
  deps: AppDeps,
  job: AssociationJob<A>,
  a: A,
  at: Date,
): Promise<AssociationOutcome> {
  try {
    return { ok: true, counts: await job.runFor(deps, a, at) };
  } catch (error) {
    const errorName = (error as Error)?.name ?? "Error";
    const code = (error as { code?: string })?.code;
    deps.log.warn("job failed for an association", { job: job.name, associationId: a.associationId, errorName, code });
    return { ok: false, errorName, ...(code ? { code } : {}) };
  }
}

export function emptyReport(countNames: readonly string[] = []): JobReport {
  return {
    associations: 0,
    failed: 0,
    failedAssociations: [],
    counts: Object.fromEntries(countNames.map((k) => [k, 0])),
  };
}

/** Adds one association's outcome to a report (pure). */
export function addOutcome(report: JobReport, associationId: string, outcome: AssociationOutcome): JobReport {
  report.associations += 1;
  if (!outcome.ok) {
    report.failed += 1;
    report.failedAssociations.push(associationId);
    return report;
  }
  for (const [key, n] of Object.entries(outcome.counts)) report.counts[key] = (report.counts[key] ?? 0) + n;
  return report;
}

/** The flat shape callers and logs read: `{ associations, failed, failedAssociations, sent, … }`. */
export type FlatJobReport = { [key: string]: number | string[]; failedAssociations: string[] };

export function flatReport(report: JobReport): FlatJobReport {
  return {
    ...report.counts,
    associations: report.associations,
    failed: report.failed,
    failedAssociations: report.failedAssociations,
  };
}
