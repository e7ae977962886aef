import { domainGuard } from "../kernel/domain-errors";
import { parseDecimalToMinor } from "../kernel/money";
import type { LedgerEntry } from "../ledger/model/entry";
import { postEntries } from "../ledger/post-entries";
import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import type { AssociationProfile } from "../registry/associations";
import { readUnit } from "../registry/units";
import type { ChargeFund } from "./compute/types";
import { todayIn } from "./load-inputs";
import { readRun } from "./run-store";

export interface AdjustmentInput {
  adjustmentId: string;
  unitId: string;
  fund: ChargeFund;
  /** Decimal string; negative credits the owner. */
  amount: string;
  reason: string;
}

/**
 * A correction to a published (closed) period: a new immutable entry `adj-<period>-<id>` with its
 * reason, never an edit. The client supplies the id, so a retried request posts nothing twice.
 */
export async function adjustPeriod(deps: AppDeps, a: AssociationProfile, period: string, input: AdjustmentInput) {
  const run = await readRun(deps, a.associationId, period, true);
  if (run?.status !== "published") throw appError("billing.period_not_published", { status: 409, params: { period } });
  if (!(await readUnit(deps, a.associationId, input.unitId))) {
    throw appError("request.invalid", { fields: [{ path: "unitId", code: "billing.unknown_unit" }] });
  }
  const amountMinor = await domainGuard(() => parseDecimalToMinor(input.amount, a.currency, "amount"), "amount");
  if (amountMinor === 0)
    throw appError("request.invalid", { fields: [{ path: "amount", code: "billing.zero_amount" }] });
  const entry: LedgerEntry = {
    entryId: `adj-${period}-${input.adjustmentId}`,
    period,
    date: todayIn(a.timezone, deps.clock.now()),
    kind: "adjustment",
    fund: input.fund,
    amountMinor,
    description: input.reason,
    explanation: { reason: input.reason, adjusts: period },
  };
  const out = await postEntries(deps, a.associationId, input.unitId, [entry]);
  return { entryId: entry.entryId, amountMinor, posted: out.posted.length === 1 };
}
