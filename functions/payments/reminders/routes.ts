import { requireAssociation } from "../../billing/load-inputs";
import type { AppDeps } from "../../platform/deps";
import { notFound } from "../../platform/errors";
import { actorOf, route } from "../../platform/http/route";
import type { AssociationProfile } from "../../registry/associations";
import * as c from "./contracts";
import { listNotifications, markNotificationRead } from "./notifications";
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

/** The owner's in-app notifications (owner Lambda): only the signed-in person's own. */
export const reminderOwnerRoutes = [
  route(c.ownerNotificationsContract, async (ctx, { params }) => {
    const personId = actorOf(ctx).personId;
    const all = await listNotifications(ctx.deps, params.associationId, params.unitId, personId);
    const notifications = all.map(({ personId: _p, ...n }) => n);
    return { notifications, unread: notifications.filter((n) => !n.readAt).length };
  }),

  route(c.markNotificationReadContract, async (ctx, { params }) => {
    const { associationId, unitId, notificationId } = params;
    const ok = await markNotificationRead(ctx.deps, associationId, unitId, actorOf(ctx).personId, notificationId);
    if (!ok) throw notFound();
    return { ok: true as const };
  }),
];
