import { requireAssociation } from "../../billing/load-inputs";
import { domainGuard } from "../../kernel/domain-errors";
import type { AppDeps } from "../../platform/deps";
import { route } from "../../platform/http/route";
import type { AssociationProfile } from "../../registry/associations";
import { effectiveProfile } from "../../registry/profile";
import { compileDailyRate } from "../model/penalty-rate";
import * as c from "./contracts";
import { penaltyRuleOf } from "./daily";
import { readPenaltySettings, writePenaltySettings } from "./settings";

async function view(deps: AppDeps, a: AssociationProfile) {
  const p = effectiveProfile(a).penalty;
  const settings = await readPenaltySettings(deps, a.associationId);
  const active = (await penaltyRuleOf(deps, a)) !== undefined;
  const policy =
    p.kind === "none"
      ? { country: a.country, kind: p.kind, requiresDecision: false, capAtPrincipal: false, active }
      : {
          country: a.country,
          kind: p.kind,
          requiresDecision: p.requiresDecision,
          ...(p.rate.kind === "assembly_decision" ? { maxDailyRate: p.rate.maxDailyRate } : {}),
          fromDay: p.tiers[0]?.fromDay,
          capAtPrincipal: p.capAtPrincipal,
          active,
        };
  return { policy, settings };
}

/** The penalty policy screen: the law's rule and the recorded assembly decision. */
export const penaltyRoutes = [
  route(c.getPenaltySettingsContract, async (ctx, { params }) => {
    const a = await requireAssociation(ctx.deps, params.associationId);
    return view(ctx.deps, a);
  }),

  route(c.putPenaltySettingsContract, async (ctx, { params, body }) => {
    const a = await requireAssociation(ctx.deps, params.associationId);
    const p = effectiveProfile(a).penalty;
    // A decided rate above the legal maximum is refused now, not when the job runs.
    if (body.decision) {
      const decision = { adoptedOn: body.decision.adoptedOn, dailyRate: body.decision.dailyRate };
      await domainGuard(() => compileDailyRate(p, decision), "decision.dailyRate");
    }
    await writePenaltySettings(ctx.deps, a.associationId, body);
    return view(ctx.deps, a);
  }),
];
