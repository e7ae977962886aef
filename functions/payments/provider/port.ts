import type { FeeQuote } from "./model/fee";
import type { ProviderEvent } from "./model/provider-events";

export type { ProviderEvent } from "./model/provider-events";

/**
 * The payment-provider port. Domus never holds money: a provider collects a card payment for
 * the association's OWN account at the processor (a connected account), which pays out to the
 * association's bank. Domus only creates the checkout, shows the fee first and records the
 * payment when the processor's signed notification arrives (and reverses it when the money
 * goes back: a refund or a lost dispute).
 */
export interface CheckoutRequest {
  /** The association's own account at the processor (Stripe: `acct_…`); the money settles there. */
  accountId: string;
  associationId: string;
  unitId: string;
  quote: FeeQuote;
  /** Line texts shown on the processor's page, in the owner's language. */
  amountLabel: string;
  feeLabel: string;
  successUrl: string;
  cancelUrl: string;
  /** The same key never opens two checkouts (double clicks, retries). */
  idempotencyKey: string;
}

export interface CheckoutSession {
  sessionId: string;
  url: string;
}

export class WebhookRejected extends Error {
  override name = "WebhookRejected";
}

/** The webhook side of a provider: all the `auth` Lambda needs. */
export interface WebhookVerifier {
  /**
   * Verifies the signature over the RAW body (and its age) and parses the event; throws
   * WebhookRejected when the request is not authentic.
   */
  parseWebhook(rawBody: string, headers: Record<string, string | undefined>, receivedAt: Date): ProviderEvent;
}

export interface PaymentProvider extends WebhookVerifier {
  readonly name: string;
  /** The fee and total, before paying. */
  quote(amountMinor: number, currency: string): FeeQuote;
  createCheckout(request: CheckoutRequest): Promise<CheckoutSession>;
}
