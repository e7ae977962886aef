import { appError } from "../../platform/errors";
import { route } from "../../platform/http/route";
import { bookCheckout } from "./book-checkout";
import { bookReturn } from "./book-return";
import { stripeWebhookContract } from "./contracts";
import { type ProviderEvent, WebhookRejected } from "./port";
import { webhookVerifier } from "./webhook-verifier";
import "../messages";
import "./messages";

export { cardPaymentId } from "./book-checkout";

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
    switch (event.kind) {
      case "checkout_paid":
        return { received: true, recorded: await bookCheckout(ctx, event) };
      case "money_returned":
        return { received: true, recorded: await bookReturn(ctx, event) };
      case "dispute_notice":
        // Money is only reversed when the dispute is lost; opening (or winning) one is logged.
        ctx.log.warn("card payment dispute", {
          eventId: event.eventId,
          disputeId: event.disputeId,
          status: event.status,
        });
        return { received: true, recorded: false };
      default:
        return { received: true, recorded: false };
    }
  }),
];
