import { readAccountHead } from "../ledger/account-store";
import { totalOf } from "../ledger/model/entry";
import { notFound } from "../platform/errors";
import { route } from "../platform/http/route";
import { accountSummary } from "./contracts";

const fundOrder = ["maintenance", "repair", "working_capital", "other", "penalties"] as const;

export const ownerRoutes = [
  /** The owner home: one read of the account head (balances and latest lines, sealed). */
  route(accountSummary, async (ctx, { params }) => {
    const head = await readAccountHead(ctx.deps, params.associationId, params.unitId);
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
      recent: head.recent.map((e) => ({
        entryId: e.entryId,
        date: e.date,
        period: e.period,
        kind: e.kind,
        fund: e.fund,
        description: e.description,
        amountMinor: e.amountMinor,
      })),
    };
  }),
];
