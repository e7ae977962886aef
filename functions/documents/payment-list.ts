import { stringify } from "csv-stringify/sync";
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { localMoney } from "../billing/explain-text";
import type { reviewPeriod } from "../billing/review";
import { formatMinorAsDecimal } from "../kernel/money";
import { translate } from "../platform/i18n";
import type { Locale } from "../platform/model/schemas";
import { spreadsheetRows } from "../platform/model/spreadsheet-cells";
import { renderPdf } from "../platform/pdf";
import type { AssociationProfile } from "../registry/associations";
import "./messages";

type Review = Pick<Awaited<ReturnType<typeof reviewPeriod>>, "run" | "currency" | "charges" | "units" | "totalMinor">;

function amountOf(unit: Review["units"][number], entryId: string): number {
  return unit.lines.filter((l) => l.entryId === entryId).reduce((s, l) => s + l.amountMinor, 0);
}

/** The list as CSV: one row per unit, one column per service, with posting and due dates (decimal amounts). */
export function paymentListCsv(r: Review, locale: Locale): string {
  const t = (k: string) => translate(locale, k);
  const header = [
    t("doc.unit"),
    ...r.charges.map((c) => c.name),
    t("doc.total"),
    t("doc.posted_on"),
    t("doc.due_date"),
  ];
  const rows = r.units.map((u) => [
    u.number,
    ...r.charges.map((c) => formatMinorAsDecimal(amountOf(u, c.entryId), r.currency)),
    formatMinorAsDecimal(u.totalMinor, r.currency),
    r.run.postedOn ?? "",
    r.run.dueDate ?? "",
  ]);
  const totals = [
    t("doc.total"),
    ...r.charges.map((c) => formatMinorAsDecimal(c.totalMinor, r.currency)),
    formatMinorAsDecimal(r.totalMinor, r.currency),
    "",
    "",
  ];
  return stringify(spreadsheetRows([header, ...rows, totals]));
}

function methodNotes(r: Review, locale: Locale): string[] {
  const seen = new Map<string, string>();
  for (const u of r.units) {
    for (const l of u.lines) {
      if (seen.has(l.entryId)) continue;
      const how =
        l.source.kind === "rule"
          ? translate(locale, `method.${l.source.method}`)
          : translate(locale, "method.invoice", { key: translate(locale, `key.${l.explanation.method}`) });
      seen.set(
        l.entryId,
        `${l.name}: ${how}${l.source.kind === "invoice" ? ` (${l.source.supplier}, ${l.source.invoiceNumber})` : ""}`,
      );
    }
  }
  return [...seen.values()];
}

/**
 * The list for the notice board: posting date, due date, a column per service, the calculation
 * method. `createdAt` fixes the PDF's creation date (and with it the file id pdfkit derives from
 * it), so the same list renders to the same bytes; without it the PDF is dated now.
 */
export function paymentListPdf(a: AssociationProfile, r: Review, locale: Locale, createdAt?: Date): Promise<Buffer> {
  const t = (k: string, p: Record<string, string> = {}) => translate(locale, k, p);
  const money = (m: number) => localMoney(m, r.currency, locale);
  const header = [t("doc.unit"), ...r.charges.map((c) => c.name), t("doc.total")].map((text) => ({ text, bold: true }));
  const body = r.units.map((u) => [
    u.number,
    ...r.charges.map((c) => money(amountOf(u, c.entryId))),
    money(u.totalMinor),
  ]);
  const totals = [t("doc.total"), ...r.charges.map((c) => money(c.totalMinor)), money(r.totalMinor)].map((text) => ({
    text,
    bold: true,
  }));
  const doc: TDocumentDefinitions = {
    info: { title: t("doc.payment_list", { period: r.run.period }), ...(createdAt ? { creationDate: createdAt } : {}) },
    pageOrientation: r.charges.length > 5 ? "landscape" : "portrait",
    content: [
      { text: a.legalName, bold: true, fontSize: 12 },
      { text: `${a.address} · ${a.fiscalCode}`, margin: [0, 0, 0, 6] },
      { text: t("doc.payment_list", { period: r.run.period }), fontSize: 14, bold: true },
      {
        text: `${t("doc.posted_on")}: ${r.run.postedOn ?? "—"}    ${t("doc.due_date")}: ${r.run.dueDate ?? "—"}`,
        margin: [0, 2, 0, 8],
      },
      {
        table: {
          headerRows: 1,
          widths: ["auto", ...r.charges.map(() => "*"), "auto"],
          body: [header, ...body, totals],
        },
        layout: "lightHorizontalLines",
        fontSize: 7,
      },
      { text: t("doc.method"), bold: true, margin: [0, 10, 0, 2] },
      { ul: methodNotes(r, locale), fontSize: 8 },
    ],
  };
  return renderPdf(doc);
}
