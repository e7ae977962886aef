import { type JobReport, registerJob } from "../../jobs/registry";
import type { AppDeps } from "../../platform/deps";
import { listAssociations } from "../../registry/associations";
import { remindAssociation } from "./send";

/**
 * payments.reminders: before and after each debt's due date, the owners and co-owners of units
 * that still owe get one email per stage (first, second reminder, formal notice) and an in-app
 * notification. One association's failure does not stop the others.
 */
export async function paymentReminders(deps: AppDeps, at: Date): Promise<JobReport> {
  const report = { associations: 0, sent: 0, alreadySent: 0, optedOut: 0, noEmail: 0, failed: 0 };
  for (const a of await listAssociations(deps)) {
    report.associations += 1;
    try {
      const c = await remindAssociation(deps, a, at);
      for (const k of ["sent", "alreadySent", "optedOut", "noEmail"] as const) report[k] += c[k];
    } catch (error) {
      report.failed += 1;
      deps.log.warn("payment reminders failed", { associationId: a.associationId, errorName: (error as Error).name });
    }
  }
  return report;
}

registerJob("payments.reminders", paymentReminders);
