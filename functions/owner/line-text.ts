import { localMoney } from "../billing/explain-text";
import { dayInWords, periodInWords, ratePercent } from "../kernel/text-format";
import type { LedgerEntry } from "../ledger/model/entry";
import { translate } from "../platform/i18n";
import { type Currency, type Locale, locales } from "../platform/model/schemas";
import type { PenaltyGroup, PenaltyRun } from "./model/penalty-groups";
import "../ledger/messages";
import "./messages";

/**
 * Ledger texts in the READER's language. Entries store their description once, in the
 * association's language; where an entry carries a structured explanation (penalties, payments),
 * the owner's pages and PDFs write the text again from the structure in the language asked for.
 */

const intlLocale: Record<Locale, string> = { en: "en-GB", ro: "ro-RO", pl: "pl-PL", ru: "ru-RU", uk: "uk-UA" };
const pluralKeys = new Set(["one", "few", "many", "other"]);

/** "12 days", "12 dni", "12 дней": the count with the language's plural form. */
export function daysInWords(n: number, locale: Locale): string {
  const category = new Intl.PluralRules(intlLocale[locale]).select(n);
  return translate(locale, `owner.penalty.days_${pluralKeys.has(category) ? category : "other"}`, { n });
}

/** "1–12 November 2026", "28 listopada – 3 grudnia 2026", or one day when `from` is `to`. */
export function dayRangeInWords(from: string, to: string, locale: Locale): string {
  if (from === to) return dayInWords(from, locale);
  const format = new Intl.DateTimeFormat(intlLocale[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  return format.formatRange(new Date(`${from}T12:00:00Z`), new Date(`${to}T12:00:00Z`));
}

/** The charge a penalty runs on, as the ledger holds it. */
export interface DebtFacts {
  name: string;
  period: string;
  dueDate?: string;
}

/** "Penalty on “Water” (October 2026)". */
export function penaltyTitle(debt: DebtFacts | undefined, locale: Locale): string {
  if (!debt) return translate(locale, "owner.penalty.title_unknown");
  return translate(locale, "owner.penalty.title", { name: debt.name, period: periodInWords(debt.period, locale) });
}

function runText(r: PenaltyRun, currency: Currency, locale: Locale): string {
  return translate(locale, "owner.penalty.run", {
    rate: ratePercent(r.dailyRate, locale),
    base: localMoney(r.baseMinor, currency, locale),
  });
}

/**
 * How a group was computed, without the title: "12 days, 1–12 November 2026, 0,2 % a day on
 * 150,00 lei = 3,60 lei". When the base or the rate changed during the month, each stretch is
 * spelled out before the total.
 */
export function penaltyBody(g: PenaltyGroup, currency: Currency, locale: Locale): string {
  const money = (m: number) => localMoney(m, currency, locale);
  const head = `${daysInWords(g.days, locale)}, ${dayRangeInWords(g.from, g.to, locale)}`;
  const [only, ...more] = g.runs;
  const how =
    only && more.length === 0
      ? `${head}, ${runText(only, currency, locale)}`
      : `${head} (${g.runs
          .map(
            (r) =>
              `${dayRangeInWords(r.from, r.to, locale)}: ${runText(r, currency, locale)} = ${money(r.amountMinor)}`,
          )
          .join("; ")})`;
  const capped = g.capped ? `; ${translate(locale, "owner.penalty.capped")}` : "";
  return `${how} = ${money(g.amountMinor)}${capped}`;
}

/** The whole line as one sentence (PDFs), with the assembly's decision when there is one. */
export function penaltySentence(g: PenaltyGroup, title: string, currency: Currency, locale: Locale): string {
  const d = g.decision;
  const decision = d
    ? `; ${translate(locale, "bill.decision", { number: d.number, date: dayInWords(d.date, locale) })}`
    : "";
  return `${title}: ${penaltyBody(g, currency, locale)}${decision}`;
}

/** "Late-payment penalties, 26–30 December 2026 (5 days)": a month's penalties in one line. */
export function recentPenaltiesText(from: string, to: string, days: number, locale: Locale): string {
  return translate(locale, "owner.penalties.recent", {
    range: dayRangeInWords(from, to, locale),
    days: daysInWords(days, locale),
  });
}

/**
 * The receipt number inside a stored cash-payment description. The number is the one part of the
 * text that is data, not wording: it is found by the template of the language it was written in.
 */
function receiptIn(description: string): string | undefined {
  for (const locale of locales) {
    const [before = "", after = ""] = translate(locale, "payment.desc.cash").split("{receipt}");
    if (
      description.length > before.length + after.length &&
      description.startsWith(before) &&
      description.endsWith(after)
    )
      return description.slice(before.length, description.length - after.length);
  }
  return undefined;
}

const methodKeys: Record<string, string> = {
  transfer: "payment.desc.transfer",
  card: "payment.desc.card",
};

/** A payment entry's text from its structure, or undefined when it has none to write from. */
function paymentText(e: LedgerEntry, locale: Locale): string | undefined {
  const x = (e.explanation ?? {}) as { method?: unknown; reason?: unknown; reverses?: unknown };
  if (e.entryId.startsWith("rfd-")) return translate(locale, "payment.desc.card_refund");
  if (e.entryId.startsWith("chb-")) return translate(locale, "payment.desc.chargeback");
  if (typeof x.reverses === "string") {
    // A reversal by hand: the reason is what the accountant typed, kept as typed.
    return typeof x.reason === "string" ? translate(locale, "owner.payment.reversed", { reason: x.reason }) : undefined;
  }
  if (x.method === "statement")
    return translate(locale, "payment.desc.statement", { date: dayInWords(e.date, locale) });
  if (x.method === "cash") {
    const receipt = receiptIn(e.description);
    return receipt === undefined ? undefined : translate(locale, "payment.desc.cash", { receipt });
  }
  const key = typeof x.method === "string" ? methodKeys[x.method] : undefined;
  return key ? translate(locale, key) : undefined;
}

/** The name an owner reads for an entry: written from its structure where it has one, else as stored. */
export function entryName(e: LedgerEntry, locale: Locale): string {
  return (e.kind === "payment" ? paymentText(e, locale) : undefined) ?? e.description;
}
