import { route } from "../platform/http/route";
import { changeMember, createInvitation, listInvitations, listMembers, removeMember } from "./contracts-admin";
import { createInvitation as invite } from "./invitations";
import {
  removeMember as dropMember,
  listInvitations as invitationsOf,
  listMembers as membersOf,
  changeMember as saveMemberChange,
} from "./members";

/** Members and access of an association: invitations and roles (letters are in routes-files.ts). */
export const identityAdminRoutes = [
  route(createInvitation, async (ctx, { params, body }) => invite(ctx, params.associationId, body)),

  route(listInvitations, async (ctx, { params, query }) => invitationsOf(ctx.deps, params.associationId, query)),

  route(listMembers, async (ctx, { params, query }) => membersOf(ctx.deps, params.associationId, query)),

  route(changeMember, async (ctx, { params, body }) => {
    await saveMemberChange(ctx, params.associationId, params.personId, body);
    return { ok: true as const };
  }),

  route(removeMember, async (ctx, { params }) => {
    await dropMember(ctx, params.associationId, params.personId);
    return { ok: true as const };
  }),
];
