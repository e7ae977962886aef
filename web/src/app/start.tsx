import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import type { Me } from "../../../functions/identity/contracts";
import type { Locale } from "../../../functions/platform/model/schemas";
import { meQuery, summaryQuery } from "../api/queries";
import { initI18n } from "../i18n";
import { App } from "./App";
import { createQueryClient } from "./query-client";

/** What `main.tsx` started before React and the libraries had loaded. */
export interface EarlyStart {
  locale: Locale;
  /** Feature namespaces the first screen shows (their files are already loading). */
  namespaces: string[];
  me: Promise<Me>;
  owner?: { associationId: string; unitId: string; summary: Promise<unknown> };
}

type QueryFn<T> = (context: { signal: AbortSignal }) => Promise<T>;

/**
 * A query function whose first call answers with a request already under way; any later call
 * (a retry after a failure, a refetch) asks the server again as usual.
 */
function firstFrom<T>(pending: Promise<T>, queryFn: QueryFn<T>): QueryFn<T> {
  let first: Promise<T> | undefined = pending;
  return (context) => {
    const answer = first ?? queryFn(context);
    first = undefined;
    return answer;
  };
}

/** Hands the early requests to React Query, loads the translations, then renders the app. */
export async function start(early: EarlyStart): Promise<void> {
  const queryClient = createQueryClient();
  const translations = initI18n(early.locale, early.namespaces);
  void queryClient.prefetchQuery({ ...meQuery, queryFn: firstFrom(early.me, meQuery.queryFn) });
  if (early.owner) {
    const query = summaryQuery(early.owner.associationId, early.owner.unitId, early.locale);
    void queryClient.prefetchQuery({
      ...query,
      queryFn: firstFrom(early.owner.summary as ReturnType<typeof query.queryFn>, query.queryFn),
    });
  }
  await translations;
  const root = document.getElementById("root");
  if (!root) throw new Error("index.html has no #root element");
  const reactRoot = createRoot(root);
  // As a transition the first render yields to the browser every few milliseconds instead of
  // blocking it in one long task, and a page whose code has already arrived (main.tsx asked
  // for it) is waited for in place rather than first drawn as its loading placeholder.
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    ),
  );
}
