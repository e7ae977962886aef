import type { Explanation, ExplanationPart } from "../kernel/explanation";
import { localDecimal, localMoney } from "../kernel/local-format";
import { translate } from "../platform/i18n";
import type { Currency, Locale } from "../platform/model/schemas";
import type { Decision, LineSource } from "./compute/types";
import "./messages";

export { localDecimal, localMoney } from "../kernel/local-format";

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
