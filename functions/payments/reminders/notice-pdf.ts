import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { localMoney } from "../../billing/explain-text";
import { todayIn } from "../../billing/load-inputs";
import type { AppDeps } from "../../platform/deps";
import { translate } from "../../platform/i18n";
import type { Locale } from "../../platform/model/schemas";
import { renderPdf } from "../../platform/pdf";
import type { AssociationProfile } from "../../registry/associations";
import { readOwners } from "../../registry/unit-owners";
import type { Unit } from "../../registry/units";
import { accountOpenItems } from "../account-items";
import type { DebtState } from "../model/open-items";
import "./messages";

/** Days the letter gives to pay. */
const graceDays = 15;

/** What a formal notice lists: a unit's debts overdue on `today` (up to `period` when given). */
export async function noticeData(deps: AppDeps, a: AssociationProfile, unit: Unit, period?: string) {
  const today = todayIn(a.timezone, deps.clock.now());
  const items = await accountOpenItems(deps, a.associationId, unit.unitId);
  const debts = items.debts.filter(
    (d) =>
      d.dueDate < today &&
      d.outstandingMinor + d.penaltyOutstandingMinor > 0 &&
      (period === undefined || d.period <= period),
  );
  const owners = await readOwners(deps, a.associationId, unit.unitId).catch(() => []);
  const totalMinor = debts.reduce((s, d) => s + d.outstandingMinor + d.penaltyOutstandingMinor, 0);
  return { today, debts, owners: owners.map((o) => o.name), totalMinor };
}

function debtTable(debts: readonly DebtState[], money: (m: number) => string, t: (k: string) => string): Content {
  const head = ["period", "item", "due", "principal", "penalty"].map((k) => ({
    text: t(`notice.col.${k}`),
    bold: true,
  }));
  const rows = debts.map((d) => [
    d.period,
    d.name,
    d.dueDate,
    { text: money(d.outstandingMinor), alignment: "right" as const },
    { text: money(d.penaltyOutstandingMinor), alignment: "right" as const },
  ]);
  return {
    table: { headerRows: 1, widths: ["auto", "*", "auto", "auto", "auto"], body: [head, ...rows] },
    layout: "lightHorizontalLines",
    margin: [0, 8, 0, 8],
  };
}

/** The formal notice to pay as a one-page PDF letter in `locale`. */
export async function formalNoticePdf(
  a: AssociationProfile,
  unit: Unit,
  d: Awaited<ReturnType<typeof noticeData>>,
  locale: Locale,
): Promise<Buffer> {
  const t = (k: string, p: Record<string, string | number> = {}) => translate(locale, k, p);
  const money = (m: number) => localMoney(m, a.currency, locale);
  const bank = a.bankAccounts[0];
  const body: Content[] =
    d.debts.length === 0
      ? [{ text: t("notice.nothing"), margin: [0, 12, 0, 0] }]
      : [
          { text: t("notice.body", { unit: unit.number, date: d.today, days: graceDays }), margin: [0, 12, 0, 0] },
          debtTable(d.debts, money, t),
          { text: `${t("notice.total")}: ${money(d.totalMinor)}`, bold: true, fontSize: 12 },
          {
            text: t("notice.pay", { name: a.legalName, iban: bank?.iban ?? "", reference: unit.paymentReference }),
            margin: [0, 6, 0, 0],
          },
        ];
  const doc: TDocumentDefinitions = {
    content: [
      { text: a.legalName, bold: true, fontSize: 12 },
      { text: `${a.address} · ${a.fiscalCode}` },
      { text: d.today, alignment: "right", margin: [0, 10, 0, 0] },
      { text: t("notice.to", { unit: unit.number }), margin: [0, 10, 0, 0] },
      ...(d.owners.length > 0 ? [{ text: d.owners.join(", ") }] : []),
      { text: t("notice.title"), fontSize: 16, bold: true, alignment: "center", margin: [0, 16, 0, 0] },
      ...body,
      { text: `${t("notice.sign")}\n\n______________________`, margin: [0, 40, 0, 0] },
    ],
  };
  return renderPdf(doc);
}
