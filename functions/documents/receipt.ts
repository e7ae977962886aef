import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { localMoney } from "../billing/explain-text";
import { totalOf } from "../ledger/model/entry";
import { accountLedger } from "../owner/ledger-views";
import { chargeLines, latestChargePeriod, type OwnerLine } from "../owner/owner-lines";
import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { translate } from "../platform/i18n";
import type { Locale } from "../platform/model/schemas";
import { renderPdf } from "../platform/pdf";
import type { AssociationProfile } from "../registry/associations";
import type { Unit } from "../registry/units";
import { type PaymentCode, paymentCodeIfPossible, qrPng } from "./qr";
import "./messages";

/** Everything a receipt shows, gathered before rendering (tests assert on it, e.g. the QR payload). */
export interface ReceiptData {
  period: string;
  lines: OwnerLine[];
  balances: [string, number][];
  dueMinor: number;
  dueDate?: string;
  postedOn?: string;
  code?: PaymentCode;
}

/** Collects the period's explained lines, balances per fund and the payment code for the amount due. */
export async function receiptData(
  deps: AppDeps,
  a: AssociationProfile,
  unit: Unit,
  period: string | undefined,
  locale: Locale,
): Promise<ReceiptData> {
  const { head, entries } = await accountLedger(deps, a.associationId, unit.unitId);
  const chosen = period ?? latestChargePeriod(entries);
  if (!chosen) throw appError("documents.no_charges_yet", { status: 404 });
  // A month's daily penalties on one debt print as one line, like on the owner's charges page.
  const lines = chargeLines(entries, chosen, a.currency, locale);
  // A receipt states a month's charges; a month never billed has none (and nothing to print).
  if (lines.length === 0) throw appError("documents.no_charges", { status: 404, params: { period: chosen } });
  const dueMinor = Math.max(0, totalOf(head.balances));
  const code =
    dueMinor > 0
      ? paymentCodeIfPossible(a, { amountMinor: dueMinor, reference: unit.paymentReference, period: chosen })
      : undefined;
  const balances = Object.entries(head.balances).filter(([, v]) => v !== 0) as [string, number][];
  return {
    period: chosen,
    lines,
    balances,
    dueMinor,
    dueDate: lines.find((l) => l.dueDate)?.dueDate,
    postedOn: (lines.find((l) => l.kind === "charge") ?? lines[0])?.date,
    code,
  };
}

async function payBlock(a: AssociationProfile, unit: Unit, d: ReceiptData, locale: Locale): Promise<Content[]> {
  const t = (k: string) => translate(locale, k);
  const bank = a.bankAccounts[0];
  const facts = [
    `${t("doc.pay_to")}: ${a.legalName}`,
    `${t("doc.account")}: ${bank?.iban ?? ""} (${bank?.bankName ?? ""})`,
    `${t("doc.reference")}: ${unit.paymentReference}`,
  ];
  if (d.dueMinor <= 0) return [{ text: t("doc.nothing_due"), margin: [0, 8, 0, 0] }];
  const amountDue = {
    text: `${t("doc.amount_due")}: ${localMoney(d.dueMinor, a.currency, locale)}`,
    bold: true,
    fontSize: 12,
  };
  // No code when the standard cannot hold the amount: the transfer details alone, no "scan" hint.
  if (!d.code) return [{ stack: [amountDue, ...facts], margin: [0, 10, 0, 0] }];
  return [
    {
      columns: [
        { image: await qrPng(d.code), width: 120 },
        {
          stack: [amountDue, ...facts, { text: t("doc.scan"), italics: true, margin: [0, 6, 0, 0] }],
          margin: [10, 0, 0, 0],
        },
      ],
      margin: [0, 10, 0, 0],
    },
  ];
}

/** The per-unit statement with the explained lines and a payment QR in the profile's standard. */
export async function receiptPdf(a: AssociationProfile, unit: Unit, d: ReceiptData, locale: Locale): Promise<Buffer> {
  const t = (k: string, p: Record<string, string> = {}) => translate(locale, k, p);
  const money = (m: number) => localMoney(m, a.currency, locale);
  const doc: TDocumentDefinitions = {
    content: [
      { text: a.legalName, bold: true, fontSize: 12 },
      { text: `${a.address} · ${a.fiscalCode}`, margin: [0, 0, 0, 6] },
      { text: t("doc.statement", { period: d.period }), fontSize: 14, bold: true },
      {
        text: `${t("doc.unit")} ${unit.number} · ${t("doc.posted_on")}: ${d.postedOn ?? "—"} · ${t("doc.due_date")}: ${d.dueDate ?? "—"}`,
        margin: [0, 2, 0, 8],
      },
      { text: t("doc.charges"), bold: true },
      {
        table: {
          widths: ["*", "auto"],
          body: d.lines.map((l) => [l.text, { text: money(l.amountMinor), alignment: "right" }]),
        },
        layout: "lightHorizontalLines",
      },
      { text: t("doc.balances"), bold: true, margin: [0, 8, 0, 2] },
      {
        table: {
          widths: ["*", "auto"],
          body: d.balances.map(([fund, v]) => [t(`fund.${fund}`), { text: money(v), alignment: "right" }]),
        },
        layout: "noBorders",
      },
      ...(await payBlock(a, unit, d, locale)),
    ],
  };
  return renderPdf(doc);
}
