import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { Route, Switch } from "wouter";
import NotFoundPage from "../pages/NotFoundPage";
import { featureRoutes } from "./feature-routes";
import { HomeRedirect } from "./HomeRedirect";
import { OwnerHomePage, SignInPage } from "./lazy-pages";
import { paths } from "./paths";
import { AppShell, PublicShell } from "./Shells";

/** The route table. Signed-in pages render inside AppShell, which guards them and draws the header. */
export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <Switch>
        <Route path={paths.signIn}>
          <PublicShell>
            <SignInPage />
          </PublicShell>
        </Route>
        <Route path={paths.home}>
          <HomeRedirect />
        </Route>
        <Route path={paths.ownerHome}>
          {(params) => (
            <AppShell associationId={params.associationId} unitId={params.unitId}>
              {() => <OwnerHomePage associationId={params.associationId} unitId={params.unitId} />}
            </AppShell>
          )}
        </Route>
        {featureRoutes.map((r) => (
          <Route key={r.path} path={r.path}>
            {(params: Record<string, string>) =>
              r.shell === "app" ? (
                <AppShell associationId={params.associationId} unitId={params.unitId}>
                  {() => r.render(params)}
                </AppShell>
              ) : (
                <PublicShell>{r.render(params)}</PublicShell>
              )
            }
          </Route>
        ))}
        <Route>
          <PublicShell>
            <NotFoundPage />
          </PublicShell>
        </Route>
      </Switch>
    </QueryClientProvider>
  );
}
