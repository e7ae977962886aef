import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import type { AssociationProfile } from "../registry/associations";
import { todayIn } from "./load-inputs";

/**
 * A month is billed once it has started: accountants draw up the payment list in the month's
 * last days or after it ends, and the billing.daily job drafts the current month on its billing
 * day. A month that has not begun in the association's time zone cannot be drafted or published:
 * its consumption, persons and invoices are not known yet, and publishing would post charges
 * owners cannot owe yet. There is no override: wait for the month to begin.
 */
export function refuseFuturePeriod(deps: AppDeps, a: AssociationProfile, period: string): void {
  const current = todayIn(a.timezone, deps.clock.now()).slice(0, 7);
  if (period <= current) return;
  const params = { period, current };
  throw appError("billing.period_not_started", {
    status: 422,
    params,
    fields: [{ path: "period", code: "billing.period_not_started", params }],
  });
}
