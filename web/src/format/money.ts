/**
 * Money arrives as integer minor units with an ISO currency. It is divided only here, for display;
 * nothing in the web app parses money back into a number.
 */
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: string, currency: string, signed: boolean): Intl.NumberFormat {
  const key = `${locale}|${currency}|${signed}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      signDisplay: signed ? "exceptZero" : "auto",
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** `31240, "RON", "ro-RO"` → `312,40 RON`. `signed` shows `+` for positive amounts too. */
export function formatMoney(minor: number, currency: string, locale: string, signed = false): string {
  const formatter = formatterFor(locale, currency, signed);
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(minor / 10 ** digits);
}
