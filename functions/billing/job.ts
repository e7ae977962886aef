import type { AssociationJob } from "../kernel/jobs";
import type { AppDeps } from "../platform/deps";
import type { AssociationProfile } from "../registry/associations";
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
 * billing.daily: drafts the current period of an association whose billing day is today in its
 * time zone. It never publishes (the chairman reviews and publishes). Running it twice, or twice
 * at once, writes the same draft once.
 */
export const billingDailyJob: AssociationJob<AssociationProfile> = {
  name: "billing.daily",
  counts: ["due", "drafted", "unchanged", "closed"],
  async runFor(deps, a, at) {
    const period = billingPeriodDue(a, at);
    if (!period) return { due: 0 };
    return { due: 1, [await draftOne(deps, a, period)]: 1 };
  },
};
