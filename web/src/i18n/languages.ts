import type { Locale } from "../../../functions/platform/model/schemas";

/** The UI languages, each named in its own language (endonyms need no translation). */
export const languages: ReadonlyArray<{ code: Locale; name: string }> = [
  { code: "en", name: "English" },
  { code: "ro", name: "Română" },
  { code: "pl", name: "Polski" },
  { code: "ru", name: "Русский" },
  { code: "uk", name: "Українська" },
];

export const supportedLocales: readonly Locale[] = languages.map((l) => l.code);

/** Regional tags used for Intl formatting (dates, numbers, money) of each UI language. */
export const intlLocale: Record<Locale, string> = {
  en: "en-GB",
  ro: "ro-RO",
  pl: "pl-PL",
  ru: "ru-RU",
  uk: "uk-UA",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (supportedLocales as readonly string[]).includes(value);
}

/** The supported language a BCP 47 tag asks for (`pl-PL` → `pl`), if any. */
export function localeOf(tag: string): Locale | undefined {
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : undefined;
}

/**
 * The language to start in: the saved choice, then the browser's languages in order, then English.
 * Pure, so it is tested without a browser.
 */
export function detectLocale(saved: string | null | undefined, browser: readonly string[]): Locale {
  if (isLocale(saved)) return saved;
  for (const tag of browser) {
    const locale = localeOf(tag);
    if (locale) return locale;
  }
  return "en";
}
