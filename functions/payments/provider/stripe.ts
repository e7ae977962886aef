import Stripe from "stripe";
import { type FeePolicy, quoteFee } from "./model/fee";
import { checkoutMetadata as meta } from "./model/provider-events";
import type { CheckoutRequest, CheckoutSession, PaymentProvider, ProviderEvent } from "./port";
import { StripeWebhooks } from "./stripe-webhooks";

/** The platform's Stripe settings (from configuration, never from the table). */
export interface StripeSecrets {
  secretKey: string;
  webhookSecret: string;
  /** Local/test only: stripe-mock or a local fake Stripe API (`http://127.0.0.1:12111`). */
  apiBase?: string;
}

/** Tests inject the library's own `Stripe.createFetchHttpClient(fakeFetch)`: nothing reaches the network. */
export type StripeHttpClient = ReturnType<typeof Stripe.createFetchHttpClient>;

function clientOptions(secrets: StripeSecrets, httpClient?: StripeHttpClient) {
  const base = secrets.apiBase ? new URL(secrets.apiBase) : undefined;
  return {
    maxNetworkRetries: 2,
    timeout: 10_000,
    appInfo: { name: "Domus" },
    ...(httpClient ? { httpClient } : {}),
    ...(base
      ? { host: base.hostname, port: base.port || undefined, protocol: base.protocol.replace(":", "") as "http" }
      : {}),
  };
}

/**
 * Stripe Checkout with Connect, as DIRECT charges on the association's own connected account
 * (`Stripe-Account: acct_…`): the association is the merchant, the money settles in its Stripe
 * balance and is paid out to its bank; Domus's platform account never holds it and takes no
 * application fee. The fee the owner sees is a separate line that covers the processor's cost.
 */
export class StripeProvider implements PaymentProvider {
  readonly name = "stripe";
  private readonly stripe: Stripe;
  private readonly webhooks: StripeWebhooks;

  constructor(
    secrets: StripeSecrets,
    private readonly fee: FeePolicy,
    httpClient?: StripeHttpClient,
  ) {
    this.stripe = new Stripe(secrets.secretKey, clientOptions(secrets, httpClient));
    // The same verification as the auth Lambda's, which does without the library.
    this.webhooks = new StripeWebhooks(secrets.webhookSecret);
  }

  quote(amountMinor: number, currency: string) {
    return quoteFee(amountMinor, currency, this.fee);
  }

  async createCheckout(r: CheckoutRequest): Promise<CheckoutSession> {
    const { quote } = r;
    const currency = quote.currency.toLowerCase();
    const metadata = {
      [meta.association]: r.associationId,
      [meta.unit]: r.unitId,
      [meta.amount]: String(quote.amountMinor),
      [meta.fee]: String(quote.feeMinor),
    };
    const line = (name: string, unitAmount: number) => ({
      quantity: 1,
      price_data: { currency, unit_amount: unitAmount, product_data: { name } },
    });
    const session = await this.stripe.checkout.sessions.create(
      {
        mode: "payment",
        line_items: [
          line(r.amountLabel, quote.amountMinor),
          ...(quote.feeMinor > 0 ? [line(r.feeLabel, quote.feeMinor)] : []),
        ],
        success_url: r.successUrl,
        cancel_url: r.cancelUrl,
        client_reference_id: `${r.associationId}.${r.unitId}`,
        metadata,
        payment_intent_data: { description: r.amountLabel, metadata },
      },
      { stripeAccount: r.accountId, idempotencyKey: r.idempotencyKey },
    );
    if (!session.url) throw new Error("Stripe returned a checkout session without a URL");
    return { sessionId: session.id, url: session.url };
  }

  parseWebhook(rawBody: string, headers: Record<string, string | undefined>, receivedAt: Date): ProviderEvent {
    return this.webhooks.parseWebhook(rawBody, headers, receivedAt);
  }
}
