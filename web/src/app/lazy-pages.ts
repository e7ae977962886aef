import { lazy } from "react";

/**
 * Pages are split from the first bundle. `main.tsx` starts fetching the page the URL points at
 * before React runs; these lazy components pick up the same (cached) module.
 */
export const SignInPage = lazy(() => import("../pages/SignInPage"));
export const OwnerHomePage = lazy(() => import("../pages/OwnerHomePage"));
