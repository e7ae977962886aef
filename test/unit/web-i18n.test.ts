import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { locales } from "../../functions/platform/model/schemas";

/**
 * The web app's language files must stay in step: the same keys as English (plural keys compared
 * by their base), the plural forms each language needs, the same placeholders, and real
 * translations rather than English copies.
 */
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

type Json = { [key: string]: string | Json };

const i18nDir = new URL("../../web/src/i18n/", import.meta.url);

/** Feature namespaces: one folder per feature, each with a file per language. */
const namespaces = readdirSync(i18nDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** Every text of a language, the root file and every namespace, keys prefixed by namespace. */
function load(locale: string): Record<string, string> {
  const read = (path: string) => flatten(JSON.parse(readFileSync(new URL(path, i18nDir), "utf8")) as Json);
  const all = read(`${locale}.json`);
  for (const ns of namespaces) {
    for (const [key, text] of Object.entries(read(`${ns}/${locale}.json`))) all[`${ns}:${key}`] = text;
  }
  return all;
}

function flatten(tree: Json, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out[path] = value;
    else Object.assign(out, flatten(value, path));
  }
  return out;
}

const baseOf = (key: string) => key.replace(pluralSuffix, "");
const pluralBases = (keys: string[]) => new Set(keys.filter((k) => pluralSuffix.test(k)).map(baseOf));
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

const files = Object.fromEntries(locales.map((locale) => [locale, load(locale)]));
const en = files.en ?? {};
const enBases = [...new Set(Object.keys(en).map(baseOf))].sort();

describe.each(locales)("web translations: %s", (locale) => {
  const file = files[locale] ?? {};
  const keys = Object.keys(file);
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

  it("has exactly the keys English has, plural keys compared by their base", () => {
    expect([...new Set(keys.map(baseOf))].sort()).toEqual(enBases);
  });

  it("declares plural keys the same way English does", () => {
    expect([...pluralBases(keys)].sort()).toEqual([...pluralBases(Object.keys(en))].sort());
  });

  it("has exactly the plural forms Intl.PluralRules reports for the language", () => {
    for (const base of pluralBases(Object.keys(en))) {
      const forms = keys.filter((k) => baseOf(k) === base && pluralSuffix.test(k)).map((k) => k.slice(base.length + 1));
      expect(forms.sort(), `${locale}: ${base}`).toEqual([...categories].sort());
    }
  });

  it("keeps every placeholder of the English text", () => {
    for (const [key, text] of Object.entries(file)) {
      const reference = en[key] ?? en[`${baseOf(key)}_other`] ?? "";
      expect(placeholders(text), `${locale}: ${key}`).toEqual(placeholders(reference));
    }
  });

  it("has no empty texts", () => {
    for (const [key, text] of Object.entries(file)) expect(text.trim(), `${locale}: ${key}`).not.toBe("");
  });
});

describe.each(locales.filter((l) => l !== "en"))("the %s texts", (locale) => {
  it("are translated rather than copied from English", () => {
    const file = load(locale);
    const keys = Object.keys(file);
    const copied = keys.filter((k) => en[k] === file[k] && k !== "app.name");
    expect(copied.length / keys.length).toBeLessThan(0.05);
  });
});
