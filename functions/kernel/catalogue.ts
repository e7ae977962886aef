import { registerMessages } from "../platform/i18n";
import type { Locale } from "../platform/model/schemas";

/** One message in en, ro, pl, ru, uk (in that order), so a missing translation is a type error. */
export type Five = readonly [string, string, string, string, string];

const order: Locale[] = ["en", "ro", "pl", "ru", "uk"];

/** Registers a table of five-language messages with the server catalogue. */
export function registerFive(table: Readonly<Record<string, Five>>): void {
  const out = { en: {}, ro: {}, pl: {}, ru: {}, uk: {} } as Record<Locale, Record<string, string>>;
  for (const [key, texts] of Object.entries(table)) {
    order.forEach((locale, i) => {
      out[locale][key] = texts[i] ?? texts[0];
    });
  }
  registerMessages(out);
}
