import {
  type AssociationJob,
  addOutcome,
  emptyReport,
  type FlatJobReport,
  flatReport,
  runIsolated,
} from "../kernel/jobs";
import type { AppDeps } from "../platform/deps";
import { type AssociationProfile, listAssociations } from "../registry/associations";

export type { FlatJobReport as JobReport } from "../kernel/jobs";

/** Runs a job over every association in this process (tests, scripts, small installations). */
export type JobFunction = (deps: AppDeps, at: Date) => Promise<FlatJobReport>;

/**
 * Every association in this process, one after another, each isolated: the report sums the
 * counts and names the associations that failed. The queue (jobs/queue/) spreads the same
 * per-association work over many workers.
 */
export function everyAssociation(job: AssociationJob<AssociationProfile>): JobFunction {
  return async (deps, at) => {
    const report = emptyReport(job.counts);
    for (const a of await listAssociations(deps))
      addOutcome(report, a.associationId, await runIsolated(deps, job, a, at));
    return flatReport(report);
  };
}
