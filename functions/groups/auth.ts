import "../identity/messages";
import "../identity/mail-messages";
import { identityAuthRoutes } from "../identity/routes";
import type { Route } from "../platform/http/route";

/** Routes of the `auth` Lambda: sign-in, public links, self-service. */
export const authRoutes: Route[] = [...identityAuthRoutes];
