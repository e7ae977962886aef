import { todayIn } from "../../billing/load-inputs";
import { type JobReport, registerJob } from "../../jobs/registry";
import type { AppDeps } from "../../platform/deps";
import { listAssociations } from "../../registry/associations";
import { bookPenalties, lastDays } from "./daily";
import "../messages";

/** Days a run looks back, so a missed run is caught up (each day is booked once anyway). */
const catchUpDays = 3;

/**
 * payments.penalties: books the day's penalties of every association by its country profile (and,
 * where the law requires it, the recorded assembly decision). One association's failure does not
 * stop the others.
 */
export async function penaltiesDaily(deps: AppDeps, at: Date): Promise<JobReport> {
  const report = { associations: 0, units: 0, entries: 0, failed: 0 };
  for (const a of await listAssociations(deps)) {
    report.associations += 1;
    try {
      const out = await bookPenalties(deps, a, lastDays(todayIn(a.timezone, at), catchUpDays));
      report.units += out.units;
      report.entries += out.entries;
    } catch (error) {
      report.failed += 1;
      deps.log.warn("penalties failed", { associationId: a.associationId, errorName: (error as Error).name });
    }
  }
  return report;
}

registerJob("payments.penalties", penaltiesDaily);
