import { requireAssociation } from "../../billing/load-inputs";
import type { AppDeps } from "../../platform/deps";
import { route } from "../../platform/http/route";
import type { AssociationProfile } from "../../registry/associations";
import * as c from "./contracts";
import { readReminderSettings, writeReminderSettings } from "./settings";
import "./messages";

async function view(deps: AppDeps, a: AssociationProfile) {
  const { settings, stored } = await readReminderSettings(deps, a.associationId, a.country);
  return { country: a.country, stored, settings };
}

/** Reminder settings (admin Lambda). */
export const reminderAdminRoutes = [
  route(c.getReminderSettingsContract, async (ctx, { params }) => {
    return view(ctx.deps, await requireAssociation(ctx.deps, params.associationId));
  }),

  route(c.putReminderSettingsContract, async (ctx, { params, body }) => {
    const a = await requireAssociation(ctx.deps, params.associationId);
    await writeReminderSettings(ctx.deps, a.associationId, body);
    return view(ctx.deps, a);
  }),
];
