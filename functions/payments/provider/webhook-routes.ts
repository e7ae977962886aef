import { todayIn } from "../../billing/load-inputs";
import type { AppDeps } from "../../platform/deps";
import { appError } from "../../platform/errors";
import { type RouteContext, route } from "../../platform/http/route";
import { translate } from "../../platform/i18n";
import { readAssociation } from "../../registry/associations";
import { stableId } from "../model/payment-entries";
import { recordPayment } from "../record-payment";
import { stripeWebhookContract } from "./contracts";
import { webhookVerifier } from "./factory";
import { type ProviderEvent, WebhookRejected } from "./port";
import { readProviderSettings } from "./settings";
import "../messages";
import "./messages";

type PaidEvent = Extract<ProviderEvent, { kind: "checkout_paid" }>;

/** The payment id of a card payment: one per processor checkout session, whatever event reports it. */
export function cardPaymentId(associationId: string, sessionId: string): string {
  return stableId("c", associationId, sessionId);
}

/**
 * The association of a verified event, or why it cannot be booked (it names a foreign account,
 * the wrong currency, or amounts that do not add up). Such events are acknowledged (Stripe would
 * otherwise retry for days) and logged as errors for the accountant to look into.
 */
async function targetOf(deps: AppDeps, e: PaidEvent) {
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

async function book(ctx: RouteContext, e: PaidEvent): Promise<boolean> {
  const target = await targetOf(ctx.deps, e);
  const log = { eventId: e.eventId, sessionId: e.sessionId, associationId: e.associationId };
  if ("problem" in target) {
    ctx.log.error("card payment not booked", { ...log, problem: target.problem });
    return false;
  }
  const { a, unitId, amountMinor } = target;
  const out = await recordPayment(ctx.deps, a.associationId, {
    paymentId: cardPaymentId(a.associationId, e.sessionId),
    unitId,
    // The owner's account is credited with the amount; the fee line covered the processor.
    amountMinor,
    date: todayIn(a.timezone, e.occurredAt),
    method: "card",
    description: translate(a.locale, "payment.desc.card"),
    reference: e.sessionId,
  });
  ctx.log.info("card payment recorded", { ...log, created: out.created });
  return out.created;
}

/** Stripe's notifications (auth Lambda, no session): verified, then booked exactly once. */
export const stripeWebhookRoutes = [
  route(stripeWebhookContract, async (ctx) => {
    const verifier = webhookVerifier(ctx.deps);
    if (!verifier) throw appError("not_found");
    const raw = await ctx.http.rawBody();
    let event: ProviderEvent;
    try {
      const headers = { "stripe-signature": ctx.http.header("stripe-signature") };
      event = verifier.parseWebhook(raw, headers, ctx.deps.clock.now());
    } catch (error) {
      if (!(error instanceof WebhookRejected)) throw error;
      ctx.log.warn("payment webhook refused", { provider: "stripe", reason: error.message.slice(0, 200) });
      throw appError("payment.webhook_invalid", { status: 400 });
    }
    if (event.kind === "ignored") return { received: true, recorded: false };
    return { received: true, recorded: await book(ctx, event) };
  }),
];
