import { useTranslation } from "react-i18next";
import { formatDate } from "../../../format/date";
import { intlLocale, isLocale } from "../../../i18n/languages";

const dateTimeFormatters = new Map<string, Intl.DateTimeFormat>();

/** Date and date-time formatting in the UI language (re-renders when the language changes). */
export function useDates() {
  const { i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? i18n.language;
  const locale = intlLocale[isLocale(lng) ? lng : "en"];
  return {
    date: (value: string) => formatDate(value, locale),
    dateTime: (value: string) => {
      const date = new Date(value);
      if (Number.isNaN(date.getTime())) return value;
      let formatter = dateTimeFormatters.get(locale);
      if (!formatter) {
        formatter = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
        dateTimeFormatters.set(locale, formatter);
      }
      return formatter.format(date);
    },
  };
}
