import { recordAudit } from "../audit/audit-log";
import { isValidIban, normalizeIban } from "../kernel/accounts/iban";
import { appError, invalid } from "../platform/errors";
import { actorOf, route } from "../platform/http/route";
import { readAssociation } from "./associations";
import { confirmIbanContract } from "./contracts-platform";
import { claimItem, readClaim } from "./iban-claims";

/** Platform operator routes of the registry: confirming a bank account for a second association. */
export const registryPlatformRoutes = [
  route(confirmIbanContract, async (ctx, { params, body }) => {
    const account = normalizeIban(params.iban);
    if (!isValidIban(account)) throw invalid([{ path: "iban", code: "registry.invalid_iban" }]);
    if (!(await readAssociation(ctx.deps, body.associationId))) {
      throw appError("registry.unknown_association", {
        status: 404,
        fields: [{ path: "associationId", code: "registry.unknown_association" }],
      });
    }
    await ctx.deps.table.transact([claimItem(ctx.deps, account, body.associationId, true)]);
    await recordAudit(ctx.deps, {
      actor: actorOf(ctx).personId,
      associationId: body.associationId,
      subject: `iban:${account}`,
      action: "registry.iban_confirmed",
      outcome: "success",
      requestId: ctx.requestId,
    });
    const claim = await readClaim(ctx.deps, account);
    return {
      account,
      associationId: claim?.associationId ?? body.associationId,
      allowed: [...(claim?.allowed ?? [])].sort(),
    };
  }),
];
