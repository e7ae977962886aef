import i18next, { type BackendModule, type ResourceKey } from "i18next";
import { initReactI18next } from "react-i18next";
import type { Locale } from "../../../functions/platform/model/schemas";
import { setRequestLanguage } from "../api/client";
import { detectLocale, isLocale, supportedLocales } from "./languages";

const STORAGE_KEY = "domus.locale";

/**
 * Each language is its own chunk, fetched only when it is used. Features keep their texts in
 * their own namespace (`./<namespace>/<lang>.json`), loaded with the feature's pages.
 */
const bundles = import.meta.glob<{ default: ResourceKey }>(["./*.json", "./*/*.json"]);

function bundlePath(language: string, namespace: string): string {
  return namespace === "translation" ? `./${language}.json` : `./${namespace}/${language}.json`;
}

const lazyBundles: BackendModule = {
  type: "backend",
  init() {},
  read(language, namespace, callback) {
    const load = bundles[bundlePath(language, namespace)];
    if (!load) {
      callback(new Error(`no translations for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

function savedLocale(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  setRequestLanguage(language);
}

/** The language to start in: saved choice, then the browser's languages, then English. */
export function detectInitialLocale(): Locale {
  return detectLocale(savedLocale(), navigator.languages ?? [navigator.language]);
}

/**
 * Starts i18next in the given language and resolves once its translations are loaded, with the
 * given feature namespaces too: the first screen then renders with all its texts at once.
 */
export async function initI18n(lng: Locale, namespaces: readonly string[] = []): Promise<typeof i18next> {
  applyLanguage(lng);
  i18next.on("languageChanged", applyLanguage);
  await i18next
    .use(lazyBundles)
    .use(initReactI18next)
    .init({
      lng,
      // Every language file has every key (a unit test checks), so no second bundle is needed.
      fallbackLng: false,
      supportedLngs: [...supportedLocales],
      load: "currentOnly",
      ns: ["translation", ...namespaces],
      defaultNS: "translation",
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
    });
  return i18next;
}

/** Switches the UI language and remembers the choice on this device. */
export async function changeLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  await i18next.changeLanguage(locale);
}

/** The current UI language as a supported locale. */
export function currentLocale(): Locale {
  const lng = i18next.resolvedLanguage ?? i18next.language;
  return isLocale(lng) ? lng : "en";
}
