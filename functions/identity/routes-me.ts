import { appError, notFound } from "../platform/errors";
import { actorOf, type RouteContext, route } from "../platform/http/route";
import {
  beginTotpEnrolment,
  changePassword,
  confirmTotpEnrolment,
  disableTotp,
  endSession,
  listSessions,
  regenerateRecoveryCodes,
  requestEmailChange,
  updateProfile,
} from "./contracts-me";
import { acceptInvitationSignedIn } from "./contracts-onboarding";
import { requestEmailChange as sendEmailChange } from "./email-change";
import { acceptAsSignedIn } from "./invitation-accept";
import { isPrivileged } from "./model/policy";
import { hashNewPassword } from "./passwords";
import { updateProfile as saveProfile, setPassword } from "./person-updates";
import { loadPersonItem, openPerson, type PersonItem } from "./persons";
import { reauthenticate } from "./reauth";
import {
  endAllSessions,
  endSessionById,
  endSession as endSessionByToken,
  liftEnrolmentLimit,
  sessionsOf,
} from "./sessions";
import { beginEnrolment, confirmEnrolment, removeTotp, replaceRecoveryCodes, verifySecondFactor } from "./totp";

async function myItem(ctx: RouteContext): Promise<PersonItem> {
  const item = await loadPersonItem(ctx.deps, actorOf(ctx).personId);
  if (!item) throw appError("auth.unauthenticated");
  return item;
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
const ok = { ok: true as const };

/** Self-service: profile, sessions, password, email and the second factor. */
export const meRoutes = [
  route(updateProfile, async (ctx, { body }) => {
    await saveProfile(ctx.deps, await myItem(ctx), body);
    return ok;
  }),

  route(listSessions, async (ctx) => {
    const actor = actorOf(ctx);
    const sessions = await sessionsOf(ctx.deps, actor.personId);
    const items = sessions.map((s) => ({
      sessionId: s.sessionId ?? "",
      current: s.pk.slice(2) === actor.sessionHash,
      startedAt: iso(s.createdAtSeconds),
      lastSeenAt: iso(s.lastSeenAtSeconds),
      userAgent: s.userAgent,
    }));
    return { items: items.reverse() };
  }),

  route(endSession, async (ctx, { params }) => {
    if (!(await endSessionById(ctx.deps, actorOf(ctx).personId, params.sessionId))) throw notFound();
    return ok;
  }),

  route(changePassword, async (ctx, { body }) => {
    const actor = actorOf(ctx);
    await reauthenticate(ctx.deps, actor.personId, body.currentPassword);
    await setPassword(ctx.deps, actor.personId, await hashNewPassword(body.newPassword, "newPassword"));
    await endAllSessions(ctx.deps, actor.personId, actor.sessionHash);
    return ok;
  }),

  route(requestEmailChange, async (ctx, { body }) => {
    await reauthenticate(ctx.deps, actorOf(ctx).personId, body.currentPassword);
    await sendEmailChange(ctx.deps, await myItem(ctx), body.newEmail);
    return ok;
  }),

  route(beginTotpEnrolment, async (ctx, { body }) => {
    await reauthenticate(ctx.deps, actorOf(ctx).personId, body.currentPassword);
    const item = await myItem(ctx);
    return beginEnrolment(ctx.deps, item, (await openPerson(ctx.deps, item)).email);
  }),

  route(confirmTotpEnrolment, async (ctx, { body }) => {
    const actor = actorOf(ctx);
    const recoveryCodes = await confirmEnrolment(ctx.deps, await myItem(ctx), body.code);
    if (actor.mustEnrollTotp) await liftEnrolmentLimit(ctx.deps, actor.sessionHash);
    return { recoveryCodes };
  }),

  route(regenerateRecoveryCodes, async (ctx, { body }) => {
    const actor = actorOf(ctx);
    await reauthenticate(ctx.deps, actor.personId, body.currentPassword);
    const item = await myItem(ctx);
    if (!item.totpSealed) throw appError("identity.totp_not_started", { status: 409 });
    return { recoveryCodes: await replaceRecoveryCodes(ctx.deps, actor.personId) };
  }),

  route(disableTotp, async (ctx, { body }) => {
    const actor = actorOf(ctx);
    if (isPrivileged(actor.memberships, actor.platformOperator))
      throw appError("identity.totp_mandatory", { status: 422 });
    await reauthenticate(ctx.deps, actor.personId, body.currentPassword);
    if (!(await verifySecondFactor(ctx.deps, await myItem(ctx), body.code)))
      throw appError("identity.totp_invalid", { status: 422 });
    await removeTotp(ctx.deps, actor.personId);
    return ok;
  }),

  route(acceptInvitationSignedIn, async (ctx, { body }) => {
    const actor = actorOf(ctx);
    const who = { personId: actor.personId, userAgent: ctx.http.userAgent(), requestId: ctx.requestId };
    const out = await acceptAsSignedIn(ctx.deps, body.token, who);
    // The old session's snapshot lacks the new membership: replace it with a fresh one.
    const oldToken = ctx.http.sessionToken();
    if (oldToken) await endSessionByToken(ctx.deps, oldToken);
    ctx.http.setSessionCookie(out.token, out.maxAge);
    return out.me;
  }),
];
