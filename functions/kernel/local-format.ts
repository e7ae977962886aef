import { translate } from "../platform/i18n";
import type { Currency, Locale } from "../platform/model/schemas";
import { formatMinorAsDecimal } from "./money";
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
