import { translate } from "../platform/i18n";
import type { Currency, Locale } from "../platform/model/schemas";
import type { Decision, LineSource } from "./compute/types";
import type { Explanation, ExplanationPart } from "./model/explanation";
import { formatMinorAsDecimal } from "./model/money";
import "./messages";

const separators: Record<Locale, { decimal: string; group: string }> = {
  en: { decimal: ".", group: "," },
  ro: { decimal: ",", group: "." },
  pl: { decimal: ",", group: "\u00a0" },
  ru: { decimal: ",", group: "\u00a0" },
  uk: { decimal: ",", group: "\u00a0" },
};

/** A decimal string in the locale's notation, without floats: "1234.50" → "1.234,50" (ro). */
export function localDecimal(text: string, locale: Locale, trimZeros = false): string {
  const negative = text.startsWith("-");
  let [int = "0", frac = ""] = text.replace("-", "").split(".");
  if (trimZeros) frac = frac.replace(/0+$/, "");
  const sep = separators[locale];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep.group);
  return `${negative ? "-" : ""}${grouped}${frac ? sep.decimal + frac : ""}`;
}

/** An amount with the currency as people write it: "102,50 lei", "1 234,00 zł". */
export function localMoney(minor: number, currency: Currency, locale: Locale): string {
  return `${localDecimal(formatMinorAsDecimal(minor, currency), locale)} ${translate(locale, `currency.${currency}`)}`;
}

function partText(p: ExplanationPart, currency: Currency, locale: Locale): string {
  const quantity = localDecimal(p.quantity, locale, true);
  const uom = translate(locale, `uom.${p.uom}`);
  const rate =
    p.rate === undefined ? "" : ` × ${localDecimal(p.rate, locale)} ${translate(locale, `currency.${currency}`)}`;
  const key = p.component === "building_difference" ? "bill.part_difference" : "bill.part";
  return translate(locale, key, { quantity, uom, rate });
}

function sourceText(source: LineSource | undefined, locale: Locale): string {
  if (source?.kind !== "invoice") return "";
  return ` (${translate(locale, "bill.invoice", { supplier: source.supplier, number: source.invoiceNumber })})`;
}

function decisionText(decision: Decision | undefined, locale: Locale): string {
  return decision ? `; ${translate(locale, "bill.decision", { number: decision.number, date: decision.date })}` : "";
}

/** What the server writes on PDFs for one bill line, in the reader's language. */
export interface SentenceInput {
  name: string;
  amountMinor: number;
  explanation: Explanation;
  source?: LineSource;
  decision?: Decision;
}

/**
 * The explainable line as one sentence, e.g. "Apă rece: 9,5 m³ × 10,00 lei + 3 persoane × 2,50 lei
 * din diferența pe bloc = 102,50 lei (Apa Nova, factura nr. 123)". The UI builds its own from the
 * structured explanation; this one is for PDFs and e-mails.
 */
export function explainLine(line: SentenceInput, currency: Currency, locale: Locale): string {
  const e = line.explanation;
  const body = e.exempt
    ? translate(locale, "bill.exempt")
    : e.notBeneficiary
      ? translate(locale, "bill.not_beneficiary")
      : e.parts.map((p) => partText(p, currency, locale)).join(" + ");
  const amount = localMoney(line.amountMinor, currency, locale);
  return `${line.name}: ${body} = ${amount}${sourceText(line.source, locale)}${decisionText(line.decision, locale)}`;
}
