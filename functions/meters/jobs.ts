import { type JobReport, registerJob } from "../jobs/registry";
import type { AppDeps } from "../platform/deps";
import { listAssociations } from "../registry/associations";
import { contextOf } from "./calendar";
import { estimatePeriod } from "./estimates";
import { estimatesDue } from "./model/window";
import { remindAssociation } from "./reminders";
import "./messages";

/** meters.reminders: on the window's first day and two days before it closes, owners who have not submitted get one email. */
export async function metersReminders(deps: AppDeps, at: Date): Promise<JobReport> {
  const report: JobReport = { associations: 0, sent: 0, alreadySent: 0, optedOut: 0, failed: 0 };
  for (const a of await listAssociations(deps)) {
    report.associations = Number(report.associations) + 1;
    try {
      const c = await remindAssociation(deps, a, at);
      for (const k of ["sent", "alreadySent", "optedOut"] as const) report[k] = Number(report[k]) + c[k];
    } catch (error) {
      report.failed = Number(report.failed) + 1;
      deps.log.warn("meter reminders failed", { associationId: a.associationId, errorName: (error as Error).name });
    }
  }
  return report;
}

/** meters.estimates: after the window closes, every missing reading of the month is estimated (idempotent). */
export async function metersEstimates(deps: AppDeps, at: Date): Promise<JobReport> {
  const report: JobReport = { associations: 0, estimated: 0, failed: 0 };
  for (const a of await listAssociations(deps)) {
    const mc = await contextOf(deps, a, at);
    if (!estimatesDue(mc.rule, mc.today)) continue;
    report.associations = Number(report.associations) + 1;
    try {
      report.estimated = Number(report.estimated) + (await estimatePeriod(deps, mc, mc.window.period)).estimated;
    } catch (error) {
      report.failed = Number(report.failed) + 1;
      deps.log.warn("meter estimates failed", { associationId: a.associationId, errorName: (error as Error).name });
    }
  }
  return report;
}

registerJob("meters.reminders", metersReminders);
registerJob("meters.estimates", metersEstimates);
