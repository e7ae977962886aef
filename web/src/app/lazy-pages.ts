import { lazy } from "react";

/**
 * Pages are split from the first bundle. The loaders are exported too, so `main.tsx` can start
 * fetching the page the URL points at while translations and `/api/me` are still loading.
 */
export const loadSignInPage = () => import("../pages/SignInPage");
export const loadOwnerHomePage = () => import("../pages/OwnerHomePage");

export const SignInPage = lazy(loadSignInPage);
export const OwnerHomePage = lazy(loadOwnerHomePage);
