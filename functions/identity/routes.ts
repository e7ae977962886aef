import { actorOf, type RouteContext, route } from "../platform/http/route";
import { activateWithCode } from "./activation";
import {
  completePasswordReset,
  confirmEmailChange as confirmEmailContract,
  getMe,
  health,
  requestPasswordReset,
  signIn as signInContract,
  signInTotp,
  signOut,
  signOutEverywhere,
  updatePreferences,
} from "./contracts";
import { acceptInvitation, activate, previewInvitation as previewContract } from "./contracts-onboarding";
import { deviceLifetimeSeconds, issueDeviceCookie, readDeviceCookie } from "./device-cookie";
import { confirmEmailChange } from "./email-change";
import { acceptAsNewUser, previewInvitation } from "./invitation-accept";
import { currentMe } from "./me-route";
import { completeReset, requestReset } from "./password-reset";
import { setPersonLocale } from "./persons";
import { meRoutes } from "./routes-me";
import type { SignedIn } from "./session-start";
import { endAllSessions, endSession } from "./sessions";
import { signIn } from "./sign-in";
import { completeTotpSignIn } from "./totp-challenge";

/**
 * Sets the cookie of a new session and answers the signed-in user. The device cookie is renewed
 * too: this client has now signed in as this person (see device-cookie.ts).
 */
export async function signedIn(ctx: RouteContext, out: SignedIn) {
  ctx.http.setSessionCookie(out.token, out.maxAge);
  const previous = await readDeviceCookie(ctx.deps, ctx.http.deviceCookie());
  ctx.http.setDeviceCookie(await issueDeviceCookie(ctx.deps, out.me.userId, previous), deviceLifetimeSeconds);
  return out.me;
}

const authRoutes = [
  route(health, async (ctx) => ({ status: "ok" as const, time: ctx.deps.clock.now().toISOString() })),

  route(signInContract, async (ctx, { body }) => {
    const who = { address: ctx.http.clientAddress(), userAgent: ctx.http.userAgent(), requestId: ctx.requestId };
    const device = await readDeviceCookie(ctx.deps, ctx.http.deviceCookie());
    const out = await signIn(ctx.deps, { email: body.email, password: body.password, device, ...who });
    return "challenge" in out ? out : signedIn(ctx, out);
  }),

  route(signInTotp, async (ctx, { body }) => {
    const who = { userAgent: ctx.http.userAgent(), requestId: ctx.requestId };
    return signedIn(ctx, await completeTotpSignIn(ctx.deps, { ...body, ...who }));
  }),

  route(signOut, async (ctx) => {
    const token = ctx.http.sessionToken();
    if (token) await endSession(ctx.deps, token);
    ctx.http.clearSessionCookie();
    return { ok: true as const };
  }),

  route(signOutEverywhere, async (ctx) => {
    const ended = await endAllSessions(ctx.deps, actorOf(ctx).personId);
    ctx.http.clearSessionCookie();
    return { ended };
  }),

  route(getMe, async (ctx) => currentMe(ctx)),

  route(updatePreferences, async (ctx, { body }) => {
    await setPersonLocale(ctx.deps, actorOf(ctx).personId, body.locale);
    return { ok: true as const };
  }),

  route(requestPasswordReset, async (ctx, { body }) => {
    await requestReset(ctx.deps, body.email, ctx.http.clientAddress());
    return { ok: true as const };
  }),

  route(completePasswordReset, async (ctx, { body }) => {
    await completeReset(ctx.deps, body.token, body.password);
    return { ok: true as const };
  }),

  route(confirmEmailContract, async (ctx, { body }) => {
    await confirmEmailChange(ctx.deps, body.token);
    return { ok: true as const };
  }),

  route(previewContract, async (ctx, { body }) => previewInvitation(ctx.deps, body.token)),

  route(acceptInvitation, async (ctx, { body }) => {
    const who = { userAgent: ctx.http.userAgent(), requestId: ctx.requestId };
    return signedIn(ctx, await acceptAsNewUser(ctx.deps, body.token, { ...body, ...who }));
  }),

  route(activate, async (ctx, { body }) => {
    const who = { address: ctx.http.clientAddress(), userAgent: ctx.http.userAgent(), requestId: ctx.requestId };
    return signedIn(ctx, await activateWithCode(ctx.deps, { ...body, ...who }));
  }),
];

/** Identity routes of the `auth` group: sign-in, public links and self-service. */
export const identityAuthRoutes = [...authRoutes, ...meRoutes];
