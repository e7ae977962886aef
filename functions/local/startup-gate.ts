import type { MiddlewareHandler } from "hono";
import { appError } from "../platform/errors";
import { errorBody } from "../platform/http/error-response";
import { negotiateLocale, translate } from "../platform/i18n";

/** How long a client should wait before asking again while Domus starts (seconds). */
const retryAfterSeconds = 2;

export interface StartupGate {
  /** Lets requests through from now on: the tables, demo data and web app are ready. */
  open(): void;
  /** Answers 503 with Retry-After until `open()`: translated JSON under /api, text elsewhere. */
  middleware: MiddlewareHandler;
}

/**
 * The local server must listen before the app is built (the app's configuration names its URL,
 * port included). Every route is therefore registered before listening, and this gate holds
 * requests back until start-up has finished: a request arriving early gets a 503 to retry, and
 * can no longer freeze the router while routes are still being added.
 */
export function startupGate(): StartupGate {
  let ready = false;
  return {
    open: () => {
      ready = true;
    },
    middleware: async (c, next) => {
      if (ready) return next();
      const locale = negotiateLocale(c.req.header("accept-language"));
      c.header("Retry-After", String(retryAfterSeconds));
      c.header("Cache-Control", "no-store");
      if (c.req.path.startsWith("/api/")) return c.json(errorBody(appError("service.starting"), locale), 503);
      return c.text(translate(locale, "service.starting"), 503);
    },
  };
}
