import type { JobReport } from "../jobs/registry";
import { registerJob } from "../jobs/registry";
import type { AppDeps } from "../platform/deps";
import { type AssociationProfile, listAssociations } from "../registry/associations";
import { draftPeriod } from "./draft";
import { todayIn } from "./load-inputs";
import { readRun } from "./run-store";

/** Whether `at` is the association's billing day in its own time zone; the period is that month. */
export function billingPeriodDue(a: AssociationProfile, at: Date): string | undefined {
  const today = todayIn(a.timezone, at);
  return Number(today.slice(8, 10)) === a.billingDay ? today.slice(0, 7) : undefined;
}

async function draftOne(
  deps: AppDeps,
  a: AssociationProfile,
  period: string,
): Promise<"drafted" | "unchanged" | "closed"> {
  const run = await readRun(deps, a.associationId, period, true);
  if (run && run.status !== "draft") return "closed";
  const out = await draftPeriod(deps, a, period);
  return out.written ? "drafted" : "unchanged";
}

/**
 * billing.daily: drafts the current period of every association whose billing day is today in
 * its time zone. It never publishes (the chairman reviews and publishes). Running it twice, or
 * twice at once, writes the same draft once; one association's failure does not stop the others.
 */
export async function billingDaily(deps: AppDeps, at: Date): Promise<JobReport> {
  const report = { associations: 0, due: 0, drafted: 0, unchanged: 0, closed: 0, failed: 0 };
  for (const a of await listAssociations(deps)) {
    report.associations += 1;
    const period = billingPeriodDue(a, at);
    if (!period) continue;
    report.due += 1;
    try {
      report[await draftOne(deps, a, period)] += 1;
    } catch (error) {
      report.failed += 1;
      deps.log.warn("billing draft failed", {
        associationId: a.associationId,
        period,
        errorName: (error as Error).name,
        code: (error as { code?: string }).code,
      });
    }
  }
  return report;
}

registerJob("billing.daily", billingDaily);
