import "./styles/app.css";
import { getMe } from "../../functions/identity/contracts";
import { accountSummary } from "../../functions/owner/contracts";
import { request, setRequestLanguage } from "./api/client";
import { matchOwnerHome, paths } from "./app/paths";
import { detectLocale } from "./i18n/languages";

/**
 * The entry point, kept free of React and the other libraries so it runs as soon as its few
 * kilobytes arrive: it starts everything the first screen needs at once (`/api/me`, the owner
 * summary, the page's code and its translations) while the library chunk is still downloading
 * and being evaluated, then hands over to `app/start.tsx`. index.html preloads that module and
 * its libraries too (see `preloadStart` in vite.config.ts), so nothing waits on this file.
 */

/** The same files `i18n/index.ts` loads: each import below resolves to the same module. */
const translationFiles = import.meta.glob(["./i18n/*.json", "./i18n/*/*.json"]);

function savedLocale(): string | null {
  try {
    // The key i18n/index.ts stores the user's choice under.
    return localStorage.getItem("domus.locale");
  } catch {
    return null;
  }
}

/** Starts loading the translation files; returns the feature namespaces among them. */
function preloadTranslations(locale: string, namespaces: string[]): string[] {
  for (const ns of ["translation", ...namespaces]) {
    void translationFiles[ns === "translation" ? `./i18n/${locale}.json` : `./i18n/${ns}/${locale}.json`]?.().catch(
      // i18next loads the file again and reports a failure itself.
      () => undefined,
    );
  }
  return namespaces;
}

/** A request started early: its failure is handled by whoever awaits it later. */
function early<T>(answer: Promise<T>): Promise<T> {
  answer.catch(() => undefined);
  return answer;
}

const locale = detectLocale(savedLocale(), navigator.languages ?? [navigator.language]);
setRequestLanguage(locale);
const { pathname } = window.location;
const owner = matchOwnerHome(pathname);
const me = early(request(getMe));
const summary = owner ? early(request(accountSummary, { params: owner })) : undefined;
let namespaces: string[] = [];
if (pathname === paths.signIn) {
  void import("./pages/SignInPage").catch(() => undefined);
  namespaces = preloadTranslations(locale, ["identity"]);
} else if (owner) {
  void import("./pages/OwnerHomePage").catch(() => undefined);
  // The page and the header's menu (its labels live in each feature's namespace).
  namespaces = preloadTranslations(locale, ["billing", "identity", "meters", "payments"]);
} else {
  preloadTranslations(locale, []);
}

void import("./app/start").then(({ start }) =>
  start({ locale, namespaces, me, owner: owner && summary ? { ...owner, summary } : undefined }),
);
