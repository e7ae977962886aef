import "../identity/messages";
import "../identity/mail-messages";
import { identityAuthRoutes } from "../identity/routes";
import { stripeWebhookRoutes } from "../payments/provider/webhook-routes";
import type { Route } from "../platform/http/route";

/** Routes of the `auth` Lambda: sign-in, public links, self-service. */
/** Also the payment processor's webhook: a public, session-less entry verified by its signature. */
export const authRoutes: Route[] = [...identityAuthRoutes, ...stripeWebhookRoutes];
