// Messages register by side-effect import. This group's bundle carries the error codes of these
// domains, so it loads their messages too (checked against its imports by messages.test.ts).
import "../billing/domain-messages";
import "../identity/messages";
import "../identity/mail-messages";
import "../registry/messages";
import { identityAuthRoutes } from "../identity/routes";
import { notificationRoutes } from "../notifications/routes";
import { stripeWebhookRoutes } from "../payments/provider/webhook-routes";
import type { Route } from "../platform/http/route";

/** Routes of the `auth` Lambda: sign-in, public links, self-service. */
/** Also the payment processor's webhook: a public, session-less entry verified by its signature. */
export const authRoutes: Route[] = [...identityAuthRoutes, ...notificationRoutes, ...stripeWebhookRoutes];
