import type { AppDeps } from "../platform/deps";
import { draftPeriod } from "./draft";
import { requireAssociation } from "./load-inputs";
import { type PublishOptions, type PublishResult, publishPeriod } from "./publish";
import { readRun } from "./run-store";

/**
 * Drafts and publishes a period in one go (the bench, the demo seed, scripts). Safe to repeat: an
 * already published period is reported, not posted again.
 */
export async function runBillingFor(
  deps: AppDeps,
  associationId: string,
  period: string,
  opts: PublishOptions = {},
): Promise<PublishResult | { period: string; status: "published"; alreadyPublished: true }> {
  const a = await requireAssociation(deps, associationId);
  const existing = await readRun(deps, associationId, period, true);
  if (existing?.status === "published") return { period, status: "published", alreadyPublished: true };
  if (existing?.status !== "publishing") await draftPeriod(deps, a, period);
  return publishPeriod(deps, a, period, opts);
}
