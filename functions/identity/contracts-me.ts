import { z } from "zod";
import { defineContract } from "../platform/http/contract";
import { idSchema, localeSchema, okSchema } from "../platform/model/schemas";
import {
  displayNameSchema,
  emailSchema,
  newPasswordSchema,
  passwordInputSchema,
  secondFactorCodeSchema,
} from "./contracts";

/** Self-service of the signed-in user. Changing password, email or second factor needs the current password. */
export const updateProfile = defineContract({
  id: "identity.updateProfile",
  group: "auth",
  method: "patch",
  path: "/api/me/profile",
  summary:
    "Change display name and language (fields optional); notification choices are /api/me/notification-preferences",
  access: { kind: "session" },
  body: z
    .object({
      displayName: displayNameSchema.optional(),
      locale: localeSchema.optional(),
    })
    .strict(),
  response: okSchema,
});

export const sessionSchema = z.object({
  sessionId: z.string(),
  current: z.boolean(),
  startedAt: z.string(),
  lastSeenAt: z.string(),
  userAgent: z.string(),
});

export const listSessions = defineContract({
  id: "identity.listSessions",
  group: "auth",
  method: "get",
  path: "/api/me/sessions",
  summary: "The signed-in user's active sessions (devices)",
  access: { kind: "session" },
  response: z.object({ items: z.array(sessionSchema) }),
});

export const endSession = defineContract({
  id: "identity.endSession",
  group: "auth",
  method: "delete",
  path: "/api/me/sessions/{sessionId}",
  summary: "Sign out one of the user's sessions",
  access: { kind: "session" },
  params: z.object({ sessionId: idSchema }).strict(),
  response: okSchema,
});

export const changePassword = defineContract({
  id: "identity.changePassword",
  group: "auth",
  method: "post",
  path: "/api/me/password",
  summary: "Change the password (re-authenticates); ends every other session",
  access: { kind: "session" },
  body: z.object({ currentPassword: passwordInputSchema, newPassword: newPasswordSchema }).strict(),
  response: okSchema,
});

export const requestEmailChange = defineContract({
  id: "identity.requestEmailChange",
  group: "auth",
  method: "post",
  path: "/api/me/email",
  summary: "Send a confirmation link to a new email address (re-authenticates); the address changes on confirmation",
  access: { kind: "session" },
  body: z.object({ newEmail: emailSchema, currentPassword: passwordInputSchema }).strict(),
  response: okSchema,
  status: 202,
});

export const beginTotpEnrolment = defineContract({
  id: "identity.beginTotpEnrolment",
  group: "auth",
  method: "post",
  path: "/api/me/totp/enrolment",
  summary: "Start TOTP enrolment (re-authenticates): a new secret, its otpauth URI and a QR code image",
  access: { kind: "session" },
  body: z.object({ currentPassword: passwordInputSchema }).strict(),
  response: z.object({ secret: z.string(), otpauthUri: z.string(), qrDataUrl: z.string() }),
});

export const confirmTotpEnrolment = defineContract({
  id: "identity.confirmTotpEnrolment",
  group: "auth",
  method: "post",
  path: "/api/me/totp/confirm",
  summary: "Finish enrolment with a code from the app; answers ten single-use recovery codes (shown once)",
  access: { kind: "session" },
  body: z
    .object({
      code: z
        .string()
        .trim()
        .regex(/^\d{6}$/),
    })
    .strict(),
  response: z.object({ recoveryCodes: z.array(z.string()) }),
});

export const regenerateRecoveryCodes = defineContract({
  id: "identity.regenerateRecoveryCodes",
  group: "auth",
  method: "post",
  path: "/api/me/totp/recovery-codes",
  summary: "Replace the recovery codes (re-authenticates); the old ones stop working",
  access: { kind: "session" },
  body: z.object({ currentPassword: passwordInputSchema }).strict(),
  response: z.object({ recoveryCodes: z.array(z.string()) }),
});

export const disableTotp = defineContract({
  id: "identity.disableTotp",
  group: "auth",
  method: "post",
  path: "/api/me/totp/disable",
  summary: "Turn TOTP off (owners only; board and admin roles must keep it). Needs the password and a code",
  access: { kind: "session" },
  body: z.object({ currentPassword: passwordInputSchema, code: secondFactorCodeSchema }).strict(),
  response: okSchema,
});
