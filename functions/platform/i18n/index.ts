import type { Locale } from "../model/schemas";
import { en, type MessageKey } from "./en";
import { pl } from "./pl";
import { ro } from "./ro";
import { ru } from "./ru";
import { uk } from "./uk";

/**
 * Server-side translation. Domains may register their own catalogues (same five locales) so each
 * domain keeps its strings beside its code.
 */
type Catalogue = Record<string, string>;
const catalogues: Record<Locale, Catalogue> = {
  en: { ...en },
  ro: { ...ro },
  pl: { ...pl },
  ru: { ...ru },
  uk: { ...uk },
};

export function registerMessages(messages: Record<Locale, Catalogue>): void {
  for (const locale of Object.keys(catalogues) as Locale[]) Object.assign(catalogues[locale], messages[locale]);
}

export function translate(locale: Locale, key: MessageKey | string, params: Record<string, string | number> = {}) {
  const template = catalogues[locale][key] ?? catalogues.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Picks the best supported locale from an Accept-Language header. */
export function negotiateLocale(header: string | undefined | null, fallback: Locale = "en"): Locale {
  if (!header) return fallback;
  const wanted = header
    .split(",")
    .map((part) => {
      const [tag = "", q] = part.trim().split(";q=");
      return { lang: tag.slice(0, 2).toLowerCase(), q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  const match = wanted.find((w) => w.lang in catalogues);
  return (match?.lang as Locale | undefined) ?? fallback;
}

export function catalogueKeys(locale: Locale): string[] {
  return Object.keys(catalogues[locale]).sort();
}
