const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats a ledger date for the locale. A calendar date (`2026-11-03`) is shown as that day
 * everywhere, whatever the browser's time zone; a full timestamp is shown in local time.
 */
export function formatDate(value: string, locale: string): string {
  const calendarDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(calendarDay ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  const key = `${locale}|${calendarDay}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: "medium", ...(calendarDay ? { timeZone: "UTC" } : {}) });
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}
