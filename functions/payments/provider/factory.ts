import type { AppDeps } from "../../platform/deps";
import type { PaymentProvider } from "./port";
import { enabledCardSettings, type ProviderSettings } from "./settings";
import { StripeProvider } from "./stripe";

/**
 * Where the one real adapter is chosen. Kept apart from the settings store so code that only
 * shows a fee (pay-now, the files Lambda's QR) does not bundle the processor's library; the
 * webhook side is chosen in `webhook-verifier.ts`, which does not bundle it either.
 *
 * The provider for an association, bound to its fee policy; undefined when keys are missing. */
export function providerFor(deps: AppDeps, settings: ProviderSettings): PaymentProvider | undefined {
  const secrets = deps.config.stripe;
  if (!secrets) return undefined;
  return new StripeProvider(secrets, settings.fee);
}

/** The provider an owner may pay through now: configured, enabled, with a connected account. */
export async function activeProvider(deps: AppDeps, associationId: string) {
  const settings = await enabledCardSettings(deps, associationId);
  if (!settings) return undefined;
  const provider = providerFor(deps, settings);
  return provider ? { provider, settings } : undefined;
}
