import { requireAssociation } from "../../billing/load-inputs";
import type { AppDeps } from "../../platform/deps";
import { appError } from "../../platform/errors";
import { route } from "../../platform/http/route";
import type { AssociationProfile } from "../../registry/associations";
import * as c from "./contracts";
import { checkFeePolicy, FeeError, quoteFee } from "./model/fee";
import { cardPlatformConfigured, readProviderSettings, writeProviderSettings } from "./settings";
import "./messages";

/** Runs pure fee code (shared with the owner route), turning its errors into translated 422s on a field. */
export function feeGuard<T>(run: () => T, path: string): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof FeeError) throw appError(error.message, { fields: [{ path, code: error.message }] });
    throw error;
  }
}

async function settingsView(deps: AppDeps, a: AssociationProfile) {
  const settings = await readProviderSettings(deps, a.associationId);
  const example = quoteFee(10_000, a.currency, settings.fee);
  return {
    platformConfigured: cardPlatformConfigured(deps),
    settings,
    example: { amountMinor: example.amountMinor, feeMinor: example.feeMinor, totalMinor: example.totalMinor },
  };
}

/** The card-processor settings screen (admin Lambda: no processor library bundled). */
export const providerAdminRoutes = [
  route(c.getProviderSettingsContract, async (ctx, { params }) => {
    const a = await requireAssociation(ctx.deps, params.associationId);
    return settingsView(ctx.deps, a);
  }),

  route(c.putProviderSettingsContract, async (ctx, { params, body }) => {
    const a = await requireAssociation(ctx.deps, params.associationId);
    feeGuard(() => checkFeePolicy(body.fee), "fee");
    if (body.enabled && !body.accountId) {
      throw appError("payment.account_required", { fields: [{ path: "accountId", code: "payment.account_required" }] });
    }
    await writeProviderSettings(ctx.deps, a.associationId, body);
    return settingsView(ctx.deps, a);
  }),
];
