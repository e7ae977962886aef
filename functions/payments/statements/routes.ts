import type { z } from "zod";
import { requireAssociation } from "../../billing/load-inputs";
import { appError, notFound } from "../../platform/errors";
import { route } from "../../platform/http/route";
import { keys } from "../../platform/keys";
import { readUnit } from "../../registry/units";
import * as c from "./contracts";
import type { CsvMapping } from "./csv";
import { bookLine, importStatement, linePaymentId } from "./import";
import { bankKey, claimLine, type LineItem, listLines, openLine, readLines } from "./line-store";

type MappingItem = { pk: string; sk: string; bank: string; mapping: z.infer<typeof c.csvMappingSchema> };
const queueStatuses = new Set(["suggested", "unmatched"]);

/** Bank statements: import, the matching queue, assignment and CSV mappings. */
export const statementRoutes = [
  route(c.importStatementContract, async (ctx, { params, body }) => {
    const a = await requireAssociation(ctx.deps, params.associationId);
    let mapping: CsvMapping | undefined;
    if (body.format === "csv") {
      const item = body.bank
        ? await ctx.deps.table.get<MappingItem>(keys.csvMapping(a.associationId, body.bank))
        : undefined;
      if (!item) throw appError("statement.no_mapping");
      mapping = item.mapping;
    }
    return importStatement(ctx.deps, a, { format: body.format, content: body.content, mapping });
  }),

  route(c.statementQueueContract, async (ctx, { params, query }) => {
    const a = await requireAssociation(ctx.deps, params.associationId);
    const items = await listLines(ctx.deps, a.associationId);
    const wanted = query.all === "true" ? items : items.filter((i) => queueStatuses.has(i.status));
    const key = await bankKey(ctx.deps, a.associationId);
    const lines = wanted
      .map((i) => openLine(key, i))
      .sort((x, y) => y.bookingDate.localeCompare(x.bookingDate) || x.line - y.line)
      .map(({ statementId: _s, counterpartyAccount: _c, bankTxId: _b, ...rest }) => rest);
    return { currency: a.currency, lines };
  }),

  route(c.assignLineContract, async (ctx, { params, body }) => {
    const a = await requireAssociation(ctx.deps, params.associationId);
    if (!(await readUnit(ctx.deps, a.associationId, body.unitId))) {
      throw appError("request.invalid", { fields: [{ path: "unitId", code: "billing.unknown_unit" }] });
    }
    const [item] = await readLines(ctx.deps, a.associationId, [params.lineId]);
    if (!item) throw notFound();
    if (item.status === "ignored") throw appError("statement.not_a_credit");
    const claimed = await claimLine(ctx.deps, a.associationId, item.lineId, body.unitId);
    if (!claimed && item.unitId !== body.unitId) throw appError("statement.line_not_open", { status: 409 });
    const fresh: LineItem = { ...item, status: claimed ? "assigned" : item.status, unitId: body.unitId };
    const created = await bookLine(ctx.deps, a, fresh);
    return {
      lineId: item.lineId,
      unitId: body.unitId,
      paymentId: linePaymentId(a.associationId, item.lineId),
      created,
    };
  }),

  route(c.putCsvMappingContract, async (ctx, { params, body }) => {
    await requireAssociation(ctx.deps, params.associationId);
    const item: MappingItem = {
      ...keys.csvMapping(params.associationId, params.bank),
      bank: params.bank,
      mapping: body,
    };
    await ctx.deps.table.put(item);
    return body;
  }),

  route(c.listCsvMappingsContract, async (ctx, { params }) => {
    const items = await ctx.deps.table.queryAll<MappingItem>(`A#${params.associationId}`, "CSVMAP#");
    return { mappings: items.map((i) => ({ bank: i.bank, mapping: i.mapping })) };
  }),
];
