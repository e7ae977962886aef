import { appError } from "../../platform/errors";
import { route } from "../../platform/http/route";
import { bookCheckout } from "./book-checkout";
import { bookReturn } from "./book-return";
import { stripeWebhookContract } from "./contracts";
import { noteDispute } from "./dispute-marker";
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
      case "money_returned": {
        const recorded = await bookReturn(ctx, event);
        // A lost dispute also shows as lost on the payment, for the board.
        if (event.reason === "chargeback")
          await noteDispute(ctx, { ...event, disputeId: event.returnId, state: "lost" });
        return { received: true, recorded };
      }
      case "dispute_notice":
        // Money is only reversed when the dispute is lost; an open (or won) one is marked on the payment.
        return { received: true, recorded: await noteDispute(ctx, event) };
      default:
        return { received: true, recorded: false };
    }
  }),
];
