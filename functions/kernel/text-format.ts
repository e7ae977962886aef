import Big from "big.js";
import type { Locale } from "../platform/model/schemas";
import { localDecimal } from "./local-format";

/**
 * How dates and rates read in the texts Domus writes for people (reminder emails, penalty lines on
 * the bill): in words and the language's notation, never ISO dates or raw fractions.
 */

/** The Intl locale of each interface language ("en" reads as British English: 25 November 2026). */
const intlLocale: Record<Locale, string> = { en: "en-GB", ro: "ro-RO", pl: "pl-PL", ru: "ru-RU", uk: "uk-UA" };

/** Noon UTC of a calendar day, so no time zone moves it to the day before or after. */
const noonOf = (day: string) => new Date(`${day}T12:00:00Z`);

/** A billing period as people name it in a letter: "2026-11" → "noiembrie 2026", "listopad 2026". */
export function periodInWords(period: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(intlLocale[locale], { month: "long", year: "numeric", timeZone: "UTC" });
  return format.format(noonOf(`${period}-01`));
}

/** A calendar day as people write it in a letter: "2026-11-10" → "10 listopada 2026", "25 noiembrie 2026". */
export function dayInWords(day: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(intlLocale[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  return format.format(noonOf(day));
}

/** A daily rate kept as a fraction, shown as a percent to four decimals: "0.0020000000" → "0,2 %". */
export function ratePercent(fraction: string, locale: Locale): string {
  const percent = new Big(fraction).times(100).round(4).toFixed();
  return `${localDecimal(percent, locale)} %`;
}
