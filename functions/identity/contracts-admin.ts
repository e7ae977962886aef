import { z } from "zod";
import { pageQuery } from "../audit/contracts";
import { defineContract } from "../platform/http/contract";
import { associationParams, idSchema, localeSchema, okSchema, roleSchema } from "../platform/model/schemas";
import { emailSchema } from "./contracts";
import { invitableRoleSchema } from "./contracts-onboarding";

/** Members and access of one association, for the chairman and the administrator. */
export const createInvitation = defineContract({
  id: "identity.createInvitation",
  group: "admin",
  method: "post",
  path: "/api/admin/associations/{associationId}/invitations",
  summary: "Invite someone by email for a role (owner-side roles for a unit); emails a one-time link valid 7 days",
  access: { kind: "action", action: "members.manage" },
  params: associationParams,
  body: z
    .object({
      email: emailSchema,
      role: invitableRoleSchema,
      unitId: idSchema.optional(),
      locale: localeSchema.optional(),
    })
    .strict(),
  response: z.object({ invitationId: z.string(), expiresAt: z.string() }),
  status: 201,
});

export const invitationSchema = z.object({
  invitationId: z.string(),
  email: z.string(),
  role: invitableRoleSchema,
  unitId: idSchema.optional(),
  unitNumber: z.string().optional(),
  createdAt: z.string(),
  expiresAt: z.string(),
  status: z.enum(["pending", "accepted", "expired"]),
});

export const listInvitations = defineContract({
  id: "identity.listInvitations",
  group: "admin",
  method: "get",
  path: "/api/admin/associations/{associationId}/invitations",
  summary: "Invitations of the association, newest first",
  access: { kind: "action", action: "members.manage" },
  params: associationParams,
  query: pageQuery,
  response: z.object({ items: z.array(invitationSchema), next: z.string().optional() }),
});

export const printActivationLetters = defineContract({
  id: "identity.printActivationLetters",
  group: "files",
  method: "post",
  path: "/api/files/associations/{associationId}/activation-letters",
  summary: "New one-time activation codes (60 days) for the given units, as a PDF with one letter per unit",
  access: { kind: "action", action: "members.manage" },
  params: associationParams,
  body: z.object({ unitIds: z.array(idSchema).min(1).max(500) }).strict(),
  response: z.string(),
  produces: "application/pdf",
});

export const memberSchema = z.object({
  personId: z.string(),
  displayName: z.string(),
  email: z.string(),
  roles: z.array(roleSchema),
  units: z.array(z.object({ unitId: idSchema, number: z.string() })),
  totpEnabled: z.boolean(),
});

export const listMembers = defineContract({
  id: "identity.listMembers",
  group: "admin",
  method: "get",
  path: "/api/admin/associations/{associationId}/members",
  summary: "People with access to the association, their roles and units",
  access: { kind: "action", action: "members.read" },
  params: associationParams,
  query: pageQuery,
  response: z.object({ items: z.array(memberSchema), next: z.string().optional() }),
});

export const memberParams = z.object({ associationId: idSchema, personId: idSchema }).strict();

export const changeMember = defineContract({
  id: "identity.changeMember",
  group: "admin",
  method: "put",
  path: "/api/admin/associations/{associationId}/members/{personId}",
  summary: "Set a member's roles and units (administrator is given by the platform); ends their sessions",
  access: { kind: "action", action: "members.manage" },
  params: memberParams,
  body: z.object({ roles: z.array(invitableRoleSchema).min(1).max(8), unitIds: z.array(idSchema).max(50) }).strict(),
  response: okSchema,
});

export const removeMember = defineContract({
  id: "identity.removeMember",
  group: "admin",
  method: "delete",
  path: "/api/admin/associations/{associationId}/members/{personId}",
  summary: "Remove a member's access to the association; ends their sessions",
  access: { kind: "action", action: "members.manage" },
  params: memberParams,
  response: okSchema,
});
