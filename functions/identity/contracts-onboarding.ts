import { z } from "zod";
import { defineContract } from "../platform/http/contract";
import { localeSchema } from "../platform/model/schemas";
import { displayNameSchema, emailSchema, linkTokenSchema, meSchema, newPasswordSchema } from "./contracts";

/** Roles an invitation may give: owner-side roles need a unit, board-side roles must not have one. */
export const invitableRoles = ["owner", "coowner", "resident", "board", "accountant", "auditor", "chairman"] as const;
export const invitableRoleSchema = z.enum(invitableRoles);

export const invitationPreviewSchema = z.object({
  associationName: z.string(),
  role: invitableRoleSchema,
  unitNumber: z.string().optional(),
  email: z.string(),
  /** False when the email already has a Domus login: sign in, then accept at /api/me/invitations/accept. */
  needsAccount: z.boolean(),
  expiresAt: z.string(),
});

export const previewInvitation = defineContract({
  id: "identity.previewInvitation",
  group: "auth",
  method: "post",
  path: "/api/auth/invitations/preview",
  summary: "What an invitation link offers (association, role, unit), for the accept screen",
  access: { kind: "public" },
  body: z.object({ token: linkTokenSchema }).strict(),
  response: invitationPreviewSchema,
});

export const acceptInvitation = defineContract({
  id: "identity.acceptInvitation",
  group: "auth",
  method: "post",
  path: "/api/auth/invitations/accept",
  summary: "Accept an invitation as a new user: set name and password, then signed in",
  access: { kind: "public" },
  body: z.object({ token: linkTokenSchema, displayName: displayNameSchema, password: newPasswordSchema }).strict(),
  response: meSchema,
});

export const acceptInvitationSignedIn = defineContract({
  id: "identity.acceptInvitationSignedIn",
  group: "auth",
  method: "post",
  path: "/api/me/invitations/accept",
  summary: "Accept an invitation addressed to the signed-in user's email (adds the membership)",
  access: { kind: "session" },
  body: z.object({ token: linkTokenSchema }).strict(),
  response: meSchema,
});

export const activate = defineContract({
  id: "identity.activate",
  group: "auth",
  method: "post",
  path: "/api/auth/activate",
  summary: "Create a login with the one-time code from an activation letter; then signed in as the unit's owner",
  access: { kind: "public" },
  body: z
    .object({
      code: z.string().trim().min(16).max(24),
      email: emailSchema,
      displayName: displayNameSchema,
      password: newPasswordSchema,
      locale: localeSchema.optional(),
    })
    .strict(),
  response: meSchema,
});
