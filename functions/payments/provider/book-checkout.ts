import { todayIn } from "../../billing/load-inputs";
import type { AppDeps } from "../../platform/deps";
import type { RouteContext } from "../../platform/http/route";
import { translate } from "../../platform/i18n";
import { readAssociation } from "../../registry/associations";
import { stableId } from "../model/payment-entries";
import { recordPayment } from "../record-payment";
import { linkCardPayment } from "./card-links";
import type { CheckoutPaid } from "./model/provider-events";
import { readProviderSettings } from "./settings";

/** The payment id of a card payment: one per processor checkout session, whatever event reports it. */
export function cardPaymentId(associationId: string, sessionId: string): string {
  return stableId("c", associationId, sessionId);
}

/**
 * The association of a verified event, or why it cannot be booked (it names a foreign account,
 * the wrong currency, or amounts that do not add up). Such events are acknowledged (Stripe would
 * otherwise retry for days) and logged as errors for the accountant to look into.
 */
async function targetOf(deps: AppDeps, e: CheckoutPaid) {
  if (!e.associationId || !e.unitId || e.amountMinor === undefined || e.feeMinor === undefined) {
    return { problem: "metadata" } as const;
  }
  const a = await readAssociation(deps, e.associationId);
  if (!a) return { problem: "association" } as const;
  const settings = await readProviderSettings(deps, a.associationId);
  if (!settings.accountId || e.accountId !== settings.accountId) return { problem: "account" } as const;
  if (e.currency !== a.currency) return { problem: "currency" } as const;
  if (e.amountMinor <= 0 || e.amountMinor + e.feeMinor !== e.totalMinor) return { problem: "amount" } as const;
  return { a, unitId: e.unitId, amountMinor: e.amountMinor };
}

/** Books a paid checkout once, and links the processor's payment to it for later refunds. */
export async function bookCheckout(ctx: RouteContext, e: CheckoutPaid): Promise<boolean> {
  const target = await targetOf(ctx.deps, e);
  const log = { eventId: e.eventId, sessionId: e.sessionId, associationId: e.associationId };
  if ("problem" in target) {
    ctx.log.error("card payment not booked", { ...log, problem: target.problem });
    return false;
  }
  const { a, unitId, amountMinor } = target;
  const paymentId = cardPaymentId(a.associationId, e.sessionId);
  const out = await recordPayment(ctx.deps, a.associationId, {
    paymentId,
    unitId,
    // The owner's account is credited with the amount; the fee line covered the processor.
    amountMinor,
    date: todayIn(a.timezone, e.occurredAt),
    method: "card",
    description: translate(a.locale, "payment.desc.card"),
    reference: e.sessionId,
  });
  // Written on every delivery, so a crash between booking and linking is mended by the retry.
  if (e.paymentIntentId) {
    await linkCardPayment(ctx.deps, e.paymentIntentId, { associationId: a.associationId, paymentId, unitId });
  }
  ctx.log.info("card payment recorded", { ...log, created: out.created });
  return out.created;
}
