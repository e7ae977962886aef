import type { FeeQuote } from "./model/fee";

/**
 * The payment-provider port. Domus never holds money: a provider collects a card payment for
 * the association's OWN account at the processor (a connected account), which pays out to the
 * association's bank. Domus only creates the checkout, shows the fee first and records the
 * payment when the processor's signed notification arrives.
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

/** A verified notification, reduced to what Domus acts on. */
export type ProviderEvent =
  | {
      kind: "checkout_paid";
      eventId: string;
      /** The processor's id of the checkout: the payment is recorded once per session. */
      sessionId: string;
      /** The connected account the event came from (must be the association's). */
      accountId: string | undefined;
      associationId: string | undefined;
      unitId: string | undefined;
      currency: string;
      amountMinor: number | undefined;
      feeMinor: number | undefined;
      totalMinor: number;
      /** When the processor created the event. */
      occurredAt: Date;
    }
  | { kind: "ignored"; eventId: string; type: string };

export class WebhookRejected extends Error {
  override name = "WebhookRejected";
}

export interface PaymentProvider {
  readonly name: string;
  /** The fee and total, before paying. */
  quote(amountMinor: number, currency: string): FeeQuote;
  createCheckout(request: CheckoutRequest): Promise<CheckoutSession>;
  /**
   * Verifies the signature over the RAW body (and its age) and parses the event; throws
   * WebhookRejected when the request is not authentic.
   */
  parseWebhook(rawBody: string, headers: Record<string, string | undefined>, receivedAt: Date): ProviderEvent;
}
