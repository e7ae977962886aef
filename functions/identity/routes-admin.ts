import { route } from "../platform/http/route";
import type { Locale } from "../platform/model/schemas";
import { activationSeconds, issueActivationCodes } from "./activation";
import { renderActivationLetters } from "./activation-letter";
import { associationFacts } from "./association-facts";
import {
  changeMember,
  createInvitation,
  listInvitations,
  listMembers,
  printActivationLetters,
  removeMember,
} from "./contracts-admin";
import { createInvitation as invite } from "./invitations";
import {
  removeMember as dropMember,
  listInvitations as invitationsOf,
  listMembers as membersOf,
  changeMember as saveMemberChange,
} from "./members";

/** Members and access of an association: invitations, activation letters, roles. */
export const adminRoutes = [
  route(createInvitation, async (ctx, { params, body }) => invite(ctx, params.associationId, body)),

  route(listInvitations, async (ctx, { params, query }) => invitationsOf(ctx.deps, params.associationId, query)),

  route(printActivationLetters, async (ctx, { params, body }) => {
    const association = await associationFacts(ctx.deps, params.associationId);
    const codes = await issueActivationCodes(ctx, params.associationId, body.unitIds);
    const validUntil = new Date(ctx.deps.clock.now().getTime() + activationSeconds * 1000).toISOString().slice(0, 10);
    const pdf = await renderActivationLetters(
      {
        associationName: association.name,
        portalUrl: `${ctx.deps.config.appUrl}/activate`,
        locale: association.locale as Locale,
        validUntil,
      },
      codes,
    );
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="activation-letters-${params.associationId}.pdf"`,
        "cache-control": "no-store",
      },
    });
  }),

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
