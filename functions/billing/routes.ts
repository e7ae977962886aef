import { domainGuard } from "../kernel/domain-errors";
import { appError } from "../platform/errors";
import { actorOf, route } from "../platform/http/route";
import { adjustPeriod } from "./adjust";
import { computeBill } from "./compute/compute-bill";
import * as c from "./contracts";
import { ruleHistoryContract } from "./contracts-rules";
import { draftPeriod } from "./draft";
import { createInvoice, previewInvoice, requireOpenPeriod, toInvoice } from "./invoices";
import { loadInputs, requireAssociation } from "./load-inputs";
import { notifyMonthPublished } from "./notify-published";
import { refuseFuturePeriod } from "./period-started";
import { publishPeriod } from "./publish";
import { presentRun, reviewPeriod } from "./review";
import { ruleHistory } from "./rule-history";
import { deleteInvoice, deleteRule, listInvoices, listRules, putRule } from "./rules-store";
import { listRuns } from "./run-store";
import "./messages";

/** Billing routes: charge rules, invoices, the monthly run (draft → review → publish) and adjustments. */
export const billingRoutes = [
  route(c.listRulesContract, async (ctx, { params }) => ({ rules: await listRules(ctx.deps, params.associationId) })),

  route(c.putRuleContract, async (ctx, { params, body }) => {
    const a = await requireAssociation(ctx.deps, params.associationId);
    const rule = { ...body, ruleId: params.ruleId };
    // A rule is checked by computing it for its first period: bad rates and units fail now, not at billing.
    const inputs = await loadInputs(ctx.deps, a, rule.validFrom);
    await domainGuard(() => computeBill({ ...inputs, rules: [rule], invoices: [] }));
    return putRule(ctx.deps, a.associationId, rule, actorOf(ctx).personId);
  }),

  route(ruleHistoryContract, async (ctx, { params }) => ruleHistory(ctx.deps, params.associationId, params.ruleId)),

  route(c.deleteRuleContract, async (ctx, { params }) => {
    const runs = await listRuns(ctx.deps, params.associationId);
    const used = runs.some(
      (r) => r.status !== "draft" && r.charges.some((ch) => ch.entryId.endsWith(`-${params.ruleId}`)),
    );
    if (used) throw appError("billing.rule_in_use", { status: 409 });
    await deleteRule(ctx.deps, params.associationId, params.ruleId);
    return { ok: true as const };
  }),

  route(c.listInvoicesContract, async (ctx, { params, query }) => ({
    invoices: await listInvoices(ctx.deps, params.associationId, query.period),
  })),

  route(c.createInvoiceContract, async (ctx, { params, body }) => {
    const a = await requireAssociation(ctx.deps, params.associationId);
    return createInvoice(ctx.deps, a, body, ctx.locale);
  }),

  route(c.deleteInvoiceContract, async (ctx, { params }) => {
    await requireOpenPeriod(ctx.deps, params.associationId, params.period);
    await deleteInvoice(ctx.deps, params.associationId, params.period, params.invoiceId);
    return { ok: true as const };
  }),

  route(c.previewInvoiceContract, async (ctx, { params, body }) => {
    const a = await requireAssociation(ctx.deps, params.associationId);
    return previewInvoice(ctx.deps, a, await toInvoice(a, body, "preview"), ctx.locale);
  }),

  route(c.listRunsContract, async (ctx, { params }) => ({
    runs: (await listRuns(ctx.deps, params.associationId)).map(presentRun),
  })),

  route(c.draftContract, async (ctx, { params }) => {
    const a = await requireAssociation(ctx.deps, params.associationId);
    refuseFuturePeriod(ctx.deps, a, params.period);
    const out = await draftPeriod(ctx.deps, a, params.period);
    return { ...presentRun(out.run), written: out.written };
  }),

  route(c.reviewContract, async (ctx, { params }) => {
    const a = await requireAssociation(ctx.deps, params.associationId);
    return reviewPeriod(ctx.deps, a, params.period, ctx.locale);
  }),

  route(c.publishContract, async (ctx, { params }) => {
    const a = await requireAssociation(ctx.deps, params.associationId);
    refuseFuturePeriod(ctx.deps, a, params.period);
    try {
      const out = await publishPeriod(ctx.deps, a, params.period);
      await notifyMonthPublished(ctx.deps, a, params.period);
      return out;
    } catch (error) {
      // Published by an earlier call that stopped before telling the owners: tell them now (once).
      if ((error as { code?: string }).code === "billing.already_published")
        await notifyMonthPublished(ctx.deps, a, params.period);
      throw error;
    }
  }),

  route(c.adjustContract, async (ctx, { params, body }) => {
    const a = await requireAssociation(ctx.deps, params.associationId);
    return adjustPeriod(ctx.deps, a, params.period, body);
  }),
];
