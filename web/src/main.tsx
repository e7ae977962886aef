import "./styles/app.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { meQuery, summaryQuery } from "./api/queries";
import { App } from "./app/App";
import { loadOwnerHomePage, loadSignInPage } from "./app/lazy-pages";
import { matchOwnerHome, paths } from "./app/paths";
import { createQueryClient } from "./app/query-client";
import { detectInitialLocale, initI18n } from "./i18n";

/**
 * Starts everything the first screen needs at once: translations, `/api/me`, the owner summary
 * and the page's code, so they load in parallel rather than one after another.
 */
async function start(): Promise<void> {
  const queryClient = createQueryClient();
  const locale = detectInitialLocale();
  const translations = initI18n(locale);
  const { pathname } = window.location;
  if (pathname === paths.signIn) {
    void loadSignInPage();
  } else {
    const owner = matchOwnerHome(pathname);
    if (owner) {
      void loadOwnerHomePage();
      void queryClient.prefetchQuery(summaryQuery(owner.associationId, owner.unitId, locale));
    }
  }
  void queryClient.prefetchQuery(meQuery);
  await translations;
  const root = document.getElementById("root");
  if (!root) throw new Error("index.html has no #root element");
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
}

void start();
