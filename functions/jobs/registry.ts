import type { AppDeps } from "../platform/deps";
import { type AssociationJob, type FlatJobReport, flatReport, runForEveryAssociation } from "./per-association";

export type { FlatJobReport as JobReport } from "./per-association";

/** Runs a job over every association in this process (tests, the local scheduler's fallback). */
export type JobFunction = (deps: AppDeps, at: Date) => Promise<FlatJobReport>;

/** A job function over every association, each isolated from the others' failures. */
export function everyAssociation(job: AssociationJob): JobFunction {
  return async (deps, at) => flatReport(await runForEveryAssociation(deps, job, at));
}
