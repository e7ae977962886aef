import type { ReactNode } from "react";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, Redirect, useLocation } from "wouter";
import type { Me } from "../../../functions/identity/contracts";
import { ApiError } from "../api/client";
import { useMe } from "../api/queries";
import { LanguageSwitcher } from "../components/LanguageSwitcher";
import { ErrorState, PageLoading } from "../components/States";
import { AppHeader } from "./AppHeader";
import { identityPaths, paths, toSignIn } from "./paths";

function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t("app.skipToContent")}
    </a>
  );
}

function Main({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="main" tabIndex={-1}>
      <Suspense fallback={<PageLoading />}>{children}</Suspense>
    </main>
  );
}

function AppLoading() {
  const { t } = useTranslation();
  return (
    <div className="shell" aria-busy="true">
      <p className="visually-hidden" role="status">
        {t("app.loading")}
      </p>
    </div>
  );
}

/** The frame of pages anyone may see: sign-in, not found. */
export function PublicShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <SkipLink />
      <header className="app-header app-header--public">
        <div className="app-header__brand">
          <Link className="brand" href={paths.home}>
            {t("app.name")}
          </Link>
        </div>
        <div className="app-header__tools">
          <LanguageSwitcher />
        </div>
      </header>
      <Main>{children}</Main>
    </div>
  );
}

interface AppShellProps {
  associationId?: string;
  unitId?: string;
  children: (me: Me) => ReactNode;
}

/** The frame of signed-in pages. Without a session it sends the user to sign in, then back here. */
export function AppShell({ associationId, unitId, children }: AppShellProps) {
  const me = useMe();
  const [location] = useLocation();
  if (me.error instanceof ApiError && me.error.unauthenticated) return <Redirect to={toSignIn(location)} replace />;
  if (!me.data) {
    if (me.isError) {
      return (
        <PublicShell>
          <ErrorState error={me.error} onRetry={() => void me.refetch()} />
        </PublicShell>
      );
    }
    // Until we know who is signed in, draw only a status line: a placeholder header of a guessed
    // height would shift the page when the real one (with its switchers) replaced it.
    return <AppLoading />;
  }
  // A privileged role without a second factor: enrolment comes before anything else.
  if (me.data.mustEnrollTotp && location !== identityPaths.twoFactor) {
    return <Redirect to={identityPaths.twoFactor} replace />;
  }
  return (
    <div className="shell">
      <SkipLink />
      <AppHeader me={me.data} associationId={associationId} unitId={unitId} />
      <Main>{children(me.data)}</Main>
    </div>
  );
}
