import { z } from "zod";
import { defineContract } from "../platform/http/contract";
import { countrySchema, currencySchema, idSchema, localeSchema, okSchema, roleSchema } from "../platform/model/schemas";

export const emailSchema = z.string().trim().toLowerCase().max(254).email();
/** Length only, no composition rules (ASVS); at least 64 accepted, 12 minimum on set. */
export const passwordInputSchema = z.string().min(1).max(128);

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
  /** Local mode only: where sent mail can be read. */
  mailViewerUrl: z.string().optional(),
});
export type Me = z.infer<typeof meSchema>;

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
  summary: "Sign in with email and password; sets the session cookie",
  access: { kind: "public" },
  body: z.object({ email: emailSchema, password: passwordInputSchema }).strict(),
  response: meSchema,
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
