import { z } from "zod";
import { defineContract } from "../platform/http/contract";
import { countrySchema, currencySchema, idSchema, localeSchema, okSchema, roleSchema } from "../platform/model/schemas";

export const emailSchema = z.string().trim().toLowerCase().max(254).email();
/** Length only, no composition rules (ASVS); at least 64 accepted, 12 minimum on set. */
export const passwordInputSchema = z.string().min(1).max(128);
/** A new password: the length and blocklist are checked by model/password-rules.ts (translated reason). */
export const newPasswordSchema = z.string().min(1).max(128);
export const displayNameSchema = z.string().trim().min(1).max(100);
/** Long random secrets from links (invitation, reset, email confirmation, TOTP challenge). */
export const linkTokenSchema = z.string().min(16).max(128);
/** A 6-digit TOTP code or a recovery code (three groups of four characters). */
export const secondFactorCodeSchema = z.string().trim().min(6).max(20);

export const membershipSchema = z.object({
  associationId: idSchema,
  associationName: z.string(),
  country: countrySchema,
  currency: currencySchema,
  roles: z.array(roleSchema),
  units: z.array(z.object({ unitId: idSchema, number: z.string() })),
});

export const meSchema = z.object({
  userId: idSchema,
  displayName: z.string(),
  email: z.string(),
  locale: localeSchema,
  csrfToken: z.string(),
  platformOperator: z.boolean(),
  memberships: z.array(membershipSchema),
  /** True when TOTP is enrolled. */
  totpEnabled: z.boolean(),
  /** A privileged role without TOTP: only enrolment (and other self-service) works until done. */
  mustEnrollTotp: z.boolean(),
  /** Local mode only: where sent mail can be read. */
  mailViewerUrl: z.string().optional(),
});
export type Me = z.infer<typeof meSchema>;

/** Password accepted, second factor needed: POST the token and a code to /api/auth/sign-in/totp. */
export const challengeSchema = z.object({ challenge: z.literal("totp"), challengeToken: z.string() });

export const health = defineContract({
  id: "platform.health",
  group: "auth",
  method: "get",
  path: "/api/health",
  summary: "Liveness of the API",
  access: { kind: "public" },
  response: z.object({ status: z.literal("ok"), time: z.string() }),
});

export const signIn = defineContract({
  id: "identity.signIn",
  group: "auth",
  method: "post",
  path: "/api/auth/sign-in",
  summary: "Sign in with email and password: sets the session cookie, or answers a TOTP challenge",
  access: { kind: "public" },
  body: z.object({ email: emailSchema, password: passwordInputSchema }).strict(),
  response: z.union([meSchema, challengeSchema]),
  // A wrong email or password answers 401, like a missing session elsewhere.
  errors: [401],
});

export const signInTotp = defineContract({
  id: "identity.signInTotp",
  group: "auth",
  method: "post",
  path: "/api/auth/sign-in/totp",
  summary: "Second sign-in step: a TOTP or recovery code for the challenge; sets the session cookie",
  access: { kind: "public" },
  body: z.object({ challengeToken: linkTokenSchema, code: secondFactorCodeSchema }).strict(),
  response: meSchema,
  // A wrong code or an expired challenge answers 401.
  errors: [401],
});

export const signOut = defineContract({
  id: "identity.signOut",
  group: "auth",
  method: "post",
  path: "/api/auth/sign-out",
  summary: "End the current session",
  access: { kind: "session" },
  response: okSchema,
});

export const signOutEverywhere = defineContract({
  id: "identity.signOutEverywhere",
  group: "auth",
  method: "post",
  path: "/api/auth/sign-out-everywhere",
  summary: "End every session of the signed-in user, this one included",
  access: { kind: "session" },
  response: z.object({ ended: z.number().int() }),
});

export const getMe = defineContract({
  id: "identity.me",
  group: "auth",
  method: "get",
  path: "/api/me",
  summary: "The signed-in user, memberships and CSRF token",
  access: { kind: "session" },
  response: meSchema,
});

export const updatePreferences = defineContract({
  id: "identity.updatePreferences",
  group: "auth",
  method: "patch",
  path: "/api/me/preferences",
  summary: "Change the user's language",
  access: { kind: "session" },
  body: z.object({ locale: localeSchema }).strict(),
  response: okSchema,
});

export const requestPasswordReset = defineContract({
  id: "identity.requestPasswordReset",
  group: "auth",
  method: "post",
  path: "/api/auth/password-reset",
  summary: "Email a reset link (1 h, single use). Same answer whether or not the email has an account",
  access: { kind: "public" },
  body: z.object({ email: emailSchema }).strict(),
  response: okSchema,
  status: 202,
});

export const completePasswordReset = defineContract({
  id: "identity.completePasswordReset",
  group: "auth",
  method: "post",
  path: "/api/auth/password-reset/complete",
  summary: "Set a new password with the emailed token; ends every session of the person",
  access: { kind: "public" },
  body: z.object({ token: linkTokenSchema, password: newPasswordSchema }).strict(),
  response: okSchema,
});

export const confirmEmailChange = defineContract({
  id: "identity.confirmEmailChange",
  group: "auth",
  method: "post",
  path: "/api/auth/email-change/confirm",
  summary: "Confirm a new email address with the token sent to it",
  access: { kind: "public" },
  body: z.object({ token: linkTokenSchema }).strict(),
  response: okSchema,
});
