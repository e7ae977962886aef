import { stringify } from "csv-stringify/sync";
import writeXlsxFile from "write-excel-file/node";
import { formatMinorAsDecimal } from "../kernel/money";
import { fileResponse } from "../platform/http/file-response";
import { route } from "../platform/http/route";
import { translate } from "../platform/i18n";
import type { Locale } from "../platform/model/schemas";
import { spreadsheetRows } from "../platform/model/spreadsheet-cells";
import { debtorsFile } from "./contracts";
import { type Debtor, debtorsOf } from "./debtors";
import "./messages";
import { agingScope } from "./scope";

const columns = ["unit", "owners", "d0_30", "d31_60", "d61_90", "d90plus", "penalty", "total", "oldest", "case"];

function rowsOf(debtors: readonly Debtor[], currency: Parameters<typeof formatMinorAsDecimal>[1], locale: Locale) {
  const m = (minor: number) => formatMinorAsDecimal(minor, currency);
  const header = columns.map((c) => translate(locale, `debts.col.${c}`));
  const rows = debtors.map((d) => [
    d.number,
    d.owners.join("; "),
    m(d.aging.d0_30),
    m(d.aging.d31_60),
    m(d.aging.d61_90),
    m(d.aging.d90plus),
    m(d.penaltyMinor),
    m(d.overdueMinor),
    d.oldestDueDate ?? "",
    d.caseStatus ? translate(locale, `debts.status.${d.caseStatus}`) : "",
  ]);
  return spreadsheetRows([header, ...rows]);
}

/** The debtors list as CSV (UTF-8 with BOM, amounts as plain decimals) or XLSX (cells as text). */
export const debtFileRoutes = [
  route(debtorsFile, async (ctx, { params, query }) => {
    const { a, asOf } = await agingScope(ctx, params.associationId, query.asOf);
    const list = await debtorsOf(ctx.deps, a, asOf);
    const rows = rowsOf(list.debtors, a.currency, ctx.locale);
    const name = `debtors-${asOf}.${query.format}`;
    if (query.format === "csv") return fileResponse(`\uFEFF${stringify(rows)}`, "text/csv; charset=utf-8", name);
    const xlsx = await writeXlsxFile(rows.map((r) => r.map((value) => ({ value })))).toBuffer();
    return fileResponse(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
  }),
];
