import { appError } from "../platform/errors";
import { actorOf, route } from "../platform/http/route";
import { getMe, health, signIn as signInContract, signOut, updatePreferences } from "./contracts";
import { toMe } from "./me";
import { membershipsOf } from "./memberships";
import { loadPerson, setPersonLocale } from "./persons";
import { endSession } from "./sessions";
import { signIn } from "./sign-in";

export const identityRoutes = [
  route(health, async (ctx) => ({ status: "ok" as const, time: ctx.deps.clock.now().toISOString() })),

  route(signInContract, async (ctx, { body }) => {
    const out = await signIn(ctx.deps, {
      email: body.email,
      password: body.password,
      address: ctx.http.clientAddress(),
      userAgent: ctx.http.userAgent(),
    });
    ctx.http.setSessionCookie(out.token, out.maxAge);
    return out.me;
  }),

  route(signOut, async (ctx) => {
    const token = ctx.http.sessionToken();
    if (token) await endSession(ctx.deps, token);
    ctx.http.clearSessionCookie();
    return { ok: true as const };
  }),

  route(getMe, async (ctx) => {
    const actor = actorOf(ctx);
    const [person, memberships] = await Promise.all([
      loadPerson(ctx.deps, actor.personId),
      membershipsOf(ctx.deps, actor.personId),
    ]);
    if (!person) throw appError("auth.unauthenticated");
    return toMe(person, memberships, actor.csrfToken, ctx.deps.config.mailViewerUrl);
  }),

  route(updatePreferences, async (ctx, { body }) => {
    await setPersonLocale(ctx.deps, actorOf(ctx).personId, body.locale);
    return { ok: true as const };
  }),
];
