import type { Locale } from "../../platform/model/schemas";

/**
 * Parameters of an inbox text, stored raw so the text is written in the reader's language when
 * it is read (a person who switches language sees their old messages in the new one).
 */
export type MessageParam = string | number | { money: number; currency: string } | { period: string } | { day: string };
export type MessageParams = Record<string, MessageParam>;

const intlLocale: Record<Locale, string> = { en: "en-GB", ro: "ro-RO", pl: "pl-PL", ru: "ru-RU", uk: "uk-UA" };
/** Noon UTC, so no time zone moves a calendar day. */
const noonOf = (day: string) => new Date(`${day}T12:00:00Z`);

function formatOne(p: MessageParam, locale: Locale): string | number {
  if (typeof p !== "object") return p;
  const lang = intlLocale[locale];
  if ("money" in p)
    return new Intl.NumberFormat(lang, { style: "currency", currency: p.currency }).format(p.money / 100);
  if ("period" in p)
    return new Intl.DateTimeFormat(lang, { month: "long", year: "numeric", timeZone: "UTC" }).format(
      noonOf(`${p.period}-01`),
    );
  return new Intl.DateTimeFormat(lang, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    noonOf(p.day),
  );
}

/** The parameters as text in one language, ready for `translate`. */
export function formatParams(params: MessageParams, locale: Locale): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, formatOne(v, locale)]));
}
