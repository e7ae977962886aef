import { asStripeEvent, fromStripeEvent, type ProviderEvent } from "./model/provider-events";
import { SignatureRejected, verifyStripeSignature } from "./model/stripe-signature";
import { WebhookRejected, type WebhookVerifier } from "./port";

/** Signed notifications older than this are refused (replays). */
export const webhookToleranceSeconds = 300;

/**
 * Stripe's webhooks, verified over the RAW body with the endpoint's signing secret. Kept apart
 * from the checkout adapter so the `auth` Lambda, which only receives webhooks, does not bundle
 * the Stripe library.
 */
export class StripeWebhooks implements WebhookVerifier {
  constructor(private readonly webhookSecret: string) {}

  parseWebhook(rawBody: string, headers: Record<string, string | undefined>, receivedAt: Date): ProviderEvent {
    const nowSeconds = Math.floor(receivedAt.getTime() / 1000);
    try {
      verifyStripeSignature(
        rawBody,
        headers["stripe-signature"],
        this.webhookSecret,
        nowSeconds,
        webhookToleranceSeconds,
      );
    } catch (error) {
      if (error instanceof SignatureRejected) throw new WebhookRejected(error.message);
      throw error;
    }
    let json: unknown;
    try {
      json = JSON.parse(rawBody);
    } catch {
      throw new WebhookRejected("signed payload is not JSON");
    }
    const event = asStripeEvent(json);
    if (!event) throw new WebhookRejected("signed payload is not a Stripe event");
    return fromStripeEvent(event);
  }
}
