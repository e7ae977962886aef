import { auditAccountRead } from "../audit/account-read";
import { type AccountHeadItem, openHead, readAccountHead } from "../ledger/account-store";
import { totalOf } from "../ledger/model/entry";
import { notFound } from "../platform/errors";
import { type RouteContext, route } from "../platform/http/route";
import { keys } from "../platform/keys";
import { ownerCharges, ownerLedger, ownerStatement, ownerYears } from "./billing-contracts";
import { accountSummary } from "./contracts";
import { accountLedger, statementOf, yearSummaries } from "./ledger-views";
import { chargeLines, lastBilledPeriod, latestChargePeriod, ledgerPage, runningLines } from "./owner-lines";
import { recentLines } from "./recent-lines";

const fundOrder = ["maintenance", "repair", "working_capital", "other", "penalties"] as const;

export const ownerRoutes = [
  /**
   * The owner home: the account head (balances and latest lines, sealed) is read in the same
   * BatchGetItem as the session, so the page costs one call to the table.
   */
  route(
    accountSummary,
    async (ctx, { params }) => {
      await auditAccountRead(ctx, params.associationId, params.unitId);
      const head = await headFor(ctx, params.associationId, params.unitId);
      if (!head) throw notFound();
      return {
        associationId: head.item.associationId,
        unitId: head.item.unitId,
        unitNumber: head.item.unitNumber,
        currency: head.item.currency,
        balances: fundOrder
          .filter((fund) => head.balances[fund] !== undefined)
          .map((fund) => ({ fund, balanceMinor: head.balances[fund] ?? 0 })),
        totalMinor: totalOf(head.balances),
        recent: recentLines(head.recent, ctx.locale),
      };
    },
    { prefetch: (p) => [keys.account(p.associationId ?? "", p.unitId ?? "")] },
  ),
];

/** The account head from the prefetch when there was one, else read now. */
async function headFor(ctx: RouteContext, associationId: string, unitId: string) {
  const key = keys.account(associationId, unitId);
  if (!ctx.prefetched.has(key)) return readAccountHead(ctx.deps, associationId, unitId);
  const item = ctx.prefetched.get<AccountHeadItem>(key);
  return item ? openHead(ctx.deps, item) : undefined;
}

/** Owner billing pages: this month's explained charges, history, years and statements. */
export const ownerBillingRoutes = [
  route(ownerCharges, async (ctx, { params, query }) => {
    const { head, entries } = await accountLedger(ctx.deps, params.associationId, params.unitId);
    const period = query.period ?? latestChargePeriod(entries);
    const lines = chargeLines(entries, period, head.item.currency, ctx.locale);
    const dueDate = lines.find((l) => l.dueDate)?.dueDate;
    return {
      period,
      currency: head.item.currency,
      dueDate,
      totalMinor: lines.reduce((s, l) => s + l.amountMinor, 0),
      lines,
    };
  }),

  route(ownerLedger, async (ctx, { params, query }) => {
    const { head, entries } = await accountLedger(ctx.deps, params.associationId, params.unitId);
    const page = ledgerPage(entries, query.cursor ?? 0, query.limit, head.item.currency, ctx.locale);
    return { currency: head.item.currency, balanceMinor: entries.at(-1)?.balanceAfterMinor ?? 0, ...page };
  }),

  route(ownerYears, async (ctx, { params }) => {
    const { head, entries } = await accountLedger(ctx.deps, params.associationId, params.unitId);
    return { currency: head.item.currency, lastBilledPeriod: lastBilledPeriod(entries), years: yearSummaries(entries) };
  }),

  route(ownerStatement, async (ctx, { params, query }) => {
    const { head, entries } = await accountLedger(ctx.deps, params.associationId, params.unitId);
    const s = statementOf(entries, query.from, query.to);
    const out = runningLines(entries, s.entries, head.item.currency, ctx.locale);
    return { currency: head.item.currency, from: query.from, to: query.to, ...s, entries: out };
  }),
];

ownerRoutes.push(...ownerBillingRoutes);
