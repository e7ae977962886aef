import type { AppDeps } from "../../platform/deps";
import type { RouteContext } from "../../platform/http/route";
import { keys } from "../../platform/keys";
import { isConditionFailure } from "../../platform/table";
import { readCardPaymentLink } from "./card-links";
import type { DisputeState } from "./model/provider-events";
import { readProviderSettings } from "./settings";

/** A dispute as the processor reported it, already reduced to the board's three states. */
export interface DisputeReport {
  eventId: string;
  accountId: string | undefined;
  occurredAt: Date;
  disputeId: string;
  paymentIntentId: string | undefined;
  state: DisputeState;
}

/**
 * When a report may replace the marker on the payment. A closed dispute never reopens (a late
 * "created" delivered after "closed" changes nothing); the same state again changes nothing (so
 * replays answer "not recorded"); a second dispute of the payment replaces the first only when
 * it is not older.
 */
function replaceable(state: DisputeState): string {
  const sameDispute = state === "open" ? "" : " OR (#id = :id AND #st <> :st)";
  return `attribute_exists(pk) AND (attribute_not_exists(#id)${sameDispute} OR (#id <> :id AND #at <= :at))`;
}

/**
 * Marks a card payment with where its dispute stands (plain attributes `disputeId`,
 * `disputeState`, `disputeAt` on the payment item: ids and a state, nothing personal). One
 * conditional write: however often and in whatever order the events come, the marker ends at the
 * dispute's latest state. Answers whether this call changed it.
 */
export async function markDispute(
  deps: AppDeps,
  associationId: string,
  paymentId: string,
  mark: { disputeId: string; state: DisputeState; at: string },
): Promise<boolean> {
  try {
    await deps.table.update({
      Key: keys.payment(associationId, paymentId),
      UpdateExpression: "SET #id = :id, #st = :st, #at = :at",
      ConditionExpression: replaceable(mark.state),
      ExpressionAttributeNames: { "#id": "disputeId", "#st": "disputeState", "#at": "disputeAt" },
      ExpressionAttributeValues: { ":id": mark.disputeId, ":st": mark.state, ":at": mark.at },
    });
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * Records a dispute reported by the processor on the card payment it names, after checking the
 * event came from the association's own connected account. Reports that cannot be placed are
 * acknowledged and logged as errors, like returns.
 */
export async function noteDispute(ctx: RouteContext, e: DisputeReport): Promise<boolean> {
  const log = { eventId: e.eventId, disputeId: e.disputeId, state: e.state };
  const link = e.paymentIntentId ? await readCardPaymentLink(ctx.deps, e.paymentIntentId) : undefined;
  if (!link) {
    ctx.log.error("card dispute not recorded", { ...log, problem: "payment" });
    return false;
  }
  const settings = await readProviderSettings(ctx.deps, link.associationId);
  if (!settings.accountId || e.accountId !== settings.accountId) {
    ctx.log.error("card dispute not recorded", { ...log, problem: "account" });
    return false;
  }
  const changed = await markDispute(ctx.deps, link.associationId, link.paymentId, {
    disputeId: e.disputeId,
    state: e.state,
    at: e.occurredAt.toISOString(),
  });
  ctx.log.warn("card payment dispute", { ...log, paymentId: link.paymentId, changed });
  return changed;
}
