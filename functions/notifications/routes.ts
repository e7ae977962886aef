import { loadPersonItem } from "../identity/persons";
import { notFound } from "../platform/errors";
import { actorOf, type RouteContext, route } from "../platform/http/route";
import * as c from "./contracts";
import { listInbox, markAllRead, markRead, unreadCount } from "./inbox";
import { preferenceRows, readChoices, saveChoices } from "./preferences";
import "./messages";

async function rowsOf(ctx: RouteContext) {
  const personId = actorOf(ctx).personId;
  const [item, choices] = await Promise.all([
    loadPersonItem(ctx.deps, personId),
    readChoices(ctx.deps, personId, true),
  ]);
  return { types: preferenceRows(choices, item ?? {}) };
}

/** The inbox and the choices of the signed-in person (auth Lambda, `/api/me/…`): only their own items. */
export const notificationRoutes = [
  route(c.listInboxContract, async (ctx, { query }) =>
    listInbox(ctx.deps, actorOf(ctx).personId, ctx.locale, { limit: query.limit, cursor: query.cursor }),
  ),

  route(c.unreadCountContract, async (ctx) => ({ unread: await unreadCount(ctx.deps, actorOf(ctx).personId) })),

  route(c.markReadContract, async (ctx, { params }) => {
    if (!(await markRead(ctx.deps, actorOf(ctx).personId, params.notificationId))) throw notFound();
    return { ok: true as const };
  }),

  route(c.markAllReadContract, async (ctx) => ({ marked: await markAllRead(ctx.deps, actorOf(ctx).personId) })),

  route(c.getPreferencesContract, async (ctx) => rowsOf(ctx)),

  route(c.putPreferencesContract, async (ctx, { body }) => {
    await saveChoices(ctx.deps, actorOf(ctx).personId, body.choices);
    return rowsOf(ctx);
  }),
];
