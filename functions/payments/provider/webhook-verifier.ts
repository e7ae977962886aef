import type { AppDeps } from "../../platform/deps";
import type { WebhookVerifier } from "./port";
import { StripeWebhooks } from "./stripe-webhooks";

/** What verifies the platform's webhooks (the signing secret only: no association, no Stripe library). */
export function webhookVerifier(deps: AppDeps): WebhookVerifier | undefined {
  const secrets = deps.config.stripe;
  return secrets ? new StripeWebhooks(secrets.webhookSecret) : undefined;
}
