import { requireAssociation } from "../billing/load-inputs";
import { notFound } from "../platform/errors";
import { actorOf, route } from "../platform/http/route";
import { readUnit } from "../registry/units";
import { addCaseNote, listCases } from "./cases";
import * as c from "./contracts";
import { debtHistoryOf, debtorsOf } from "./debtors";
import "./messages";
import { agingScope } from "./scope";

/** Debts for the board: debtors with aging, a unit's history, collection cases. */
export const debtRoutes = [
  route(c.debtorsContract, async (ctx, { params, query }) => {
    const { a, asOf } = await agingScope(ctx, params.associationId, query.asOf);
    return debtorsOf(ctx.deps, a, asOf);
  }),

  route(c.debtHistoryContract, async (ctx, { params, query }) => {
    const { a, asOf } = await agingScope(ctx, params.associationId, query.asOf);
    if (!(await readUnit(ctx.deps, a.associationId, params.unitId))) throw notFound();
    return debtHistoryOf(ctx.deps, a, params.unitId, asOf);
  }),

  route(c.listCasesContract, async (ctx, { params }) => {
    const a = await requireAssociation(ctx.deps, params.associationId);
    const cases = await listCases(ctx.deps, a.associationId);
    return { cases: cases.sort((x, y) => y.updatedAt.localeCompare(x.updatedAt)) };
  }),

  route(c.addCaseNoteContract, async (ctx, { params, body }) => {
    const a = await requireAssociation(ctx.deps, params.associationId);
    if (!(await readUnit(ctx.deps, a.associationId, params.unitId))) throw notFound();
    const note = {
      date: body.date,
      text: body.text,
      by: actorOf(ctx).personId,
      ...(body.status ? { status: body.status } : {}),
    };
    return { case: await addCaseNote(ctx.deps, a.associationId, params.unitId, note) };
  }),
];
