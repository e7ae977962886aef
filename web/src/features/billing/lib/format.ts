import { formatDate } from "../../../format/date";
import { currentLocale } from "../../../i18n";
import { intlLocale } from "../../../i18n/languages";

/** Separators of a locale's numbers, read from Intl so decimal strings never become floats. */
function separators(locale: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
    group: parts.find((p) => p.type === "group")?.value ?? ",",
  };
}

/** A decimal string ("1234.500") in the locale's notation ("1.234,5"), without floating point. */
export function formatDecimal(text: string, locale: string, opts: { minFraction?: number; maxFraction?: number } = {}) {
  const negative = text.startsWith("-");
  const [intRaw = "0", fracRaw = ""] = text.replace(/^-/, "").split(".");
  let frac = fracRaw;
  const max = opts.maxFraction;
  if (max !== undefined && frac.length > max) frac = frac.slice(0, max);
  frac = frac.replace(/0+$/, "");
  const min = opts.minFraction ?? 0;
  if (frac.length < min) frac = frac.padEnd(min, "0");
  const sep = separators(locale);
  const grouped = intRaw.replace(/^0+(?=\d)/, "").replace(/\B(?=(\d{3})+(?!\d))/g, sep.group);
  return `${negative ? "-" : ""}${grouped}${frac ? sep.decimal + frac : ""}`;
}

const moneyFormatters = new Map<string, Intl.NumberFormat>();

/**
 * Money as people write it in the locale: the local sign where it is unambiguous ("lei", "zł"),
 * the ISO code otherwise (a Russian reader sees RON rather than a bare "L").
 */
function moneyFormatter(locale: string, currency: string, signed = false): Intl.NumberFormat {
  const key = `${locale}|${currency}|${signed}`;
  let formatter = moneyFormatters.get(key);
  if (!formatter) {
    const narrow = !(currency === "RON" && /^(ru|uk)/.test(locale));
    formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      currencyDisplay: narrow ? "narrowSymbol" : "symbol",
      signDisplay: signed ? "exceptZero" : "auto",
    });
    moneyFormatters.set(key, formatter);
  }
  return formatter;
}

/** Integer minor units as money in the locale (31240 RON → "312,40 lei"); divided only for display. */
export function formatMinor(minor: number, currency: string, locale: string, signed = false): string {
  const formatter = moneyFormatter(locale, currency, signed);
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(minor / 10 ** digits);
}

/** A decimal amount in major units with the currency sign as Intl places it ("7,0817 lei"). */
export function formatDecimalMoney(text: string, currency: string, locale: string): string {
  const formatter = moneyFormatter(locale, currency);
  const number = formatDecimal(text, locale, { minFraction: 2 });
  let placed = false;
  return formatter
    .formatToParts(1)
    .map((p) => {
      if (p.type === "integer" || p.type === "decimal" || p.type === "fraction" || p.type === "group") {
        if (placed) return "";
        placed = true;
        return number;
      }
      return p.value;
    })
    .join("");
}

/** Moves the decimal point of a decimal string right by `places` ("0.052786", 2 → "5.2786"). */
export function shiftDecimal(text: string, places: number): string {
  const [int = "0", frac = ""] = text.split(".");
  const padded = frac.padEnd(places, "0");
  const whole = `${int}${padded.slice(0, places)}`.replace(/^0+(?=\d)/, "");
  const rest = padded.slice(places);
  return rest ? `${whole}.${rest}` : whole;
}

/** "2026-11" → "November 2026" in the locale. */
export function formatPeriod(period: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) return period;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

/** An instant ("2026-12-05T09:30:00Z") as date and time in the browser's time zone. */
export function formatDateTime(value: string, locale: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** The period after (or before, with a negative step) a `YYYY-MM` period. */
export function addMonths(period: string, step: number): string {
  const [y = 0, m = 1] = period.split("-").map(Number);
  const index = y * 12 + (m - 1) + step;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Today's period in the browser's calendar. */
export function currentPeriod(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
}

/** Formatters for the current UI language and a currency. */
export function useFormat(currency: string) {
  const locale = intlLocale[currentLocale()];
  return {
    locale,
    money: (minor: number, signed = false) => formatMinor(minor, currency, locale, signed),
    decimalMoney: (text: string) => formatDecimalMoney(text, currency, locale),
    decimal: (text: string, opts?: { minFraction?: number; maxFraction?: number }) => formatDecimal(text, locale, opts),
    date: (value: string) => formatDate(value, locale),
    dateTime: (value: string) => formatDateTime(value, locale),
    period: (value: string) => formatPeriod(value, locale),
  };
}

/** What useFormat returns, for components that are handed the page's formatters. */
export type Format = ReturnType<typeof useFormat>;

/** A decimal amount typed by a person ("1 234,50", "1234.5") as the API's decimal string, or undefined. */
export function parseAmountInput(text: string): string | undefined {
  const compact = text.replace(/[\s\u00a0]/g, "");
  const match = /^(-?\d+)(?:[.,](\d{1,4}))?$/.exec(compact);
  if (!match) return undefined;
  return match[2] ? `${match[1]}.${match[2]}` : (match[1] ?? undefined);
}

/** Minor units as a decimal string for an input field (31240 → "312.40"). */
export function minorToInput(minor: number, digits = 2): string {
  const negative = minor < 0;
  const text = String(Math.abs(minor)).padStart(digits + 1, "0");
  return `${negative ? "-" : ""}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
