import type { AppDeps } from "../../platform/deps";
import { keys } from "../../platform/keys";
import type { FeePolicy } from "./model/fee";

/**
 * An association's card-processor settings. Only what is not secret: the platform's Stripe keys
 * come from configuration (AWS: function environment from the deployment's secret store; locally:
 * the environment), never from the table.
 */
export interface ProviderSettings {
  enabled: boolean;
  provider: "stripe";
  /** The association's own connected account (`acct_…`): card money settles there. */
  accountId: string;
  fee: FeePolicy;
  updatedAt?: string;
}

type SettingsItem = ProviderSettings & { pk: string; sk: string };

export const defaultProviderSettings: ProviderSettings = {
  enabled: false,
  provider: "stripe",
  accountId: "",
  fee: { percent: "0", fixedMinor: 0 },
};

export async function readProviderSettings(deps: AppDeps, associationId: string): Promise<ProviderSettings> {
  const item = await deps.table.get<SettingsItem>(keys.paymentProvider(associationId));
  if (!item) return defaultProviderSettings;
  const { pk: _pk, sk: _sk, ...settings } = item;
  return settings;
}

export async function writeProviderSettings(deps: AppDeps, associationId: string, s: ProviderSettings): Promise<void> {
  const item: SettingsItem = {
    ...keys.paymentProvider(associationId),
    ...s,
    updatedAt: deps.clock.now().toISOString(),
  };
  await deps.table.put(item);
}

/** Whether the platform has card payments configured at all (both Stripe secrets). */
export function cardPlatformConfigured(deps: AppDeps): boolean {
  return deps.config.stripe !== undefined;
}

/** The settings when an owner may pay by card now: platform keys configured, enabled, account set. */
export async function enabledCardSettings(deps: AppDeps, associationId: string) {
  if (!cardPlatformConfigured(deps)) return undefined;
  const settings = await readProviderSettings(deps, associationId);
  return settings.enabled && settings.accountId ? settings : undefined;
}
