import { createHash, timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import { appError } from "../platform/errors";
import { errorBody } from "../platform/http/error-response";
import { negotiateLocale } from "../platform/i18n";

/**
 * The header CloudFront adds to every request it sends to the API (an origin custom header whose
 * value is a secret generated at deploy). A request without it did not come through CloudFront —
 * it went to the execute-api endpoint directly, past the WAF — and its CloudFront-Viewer-Address
 * header is whatever the caller wrote.
 */
export const originVerifyHeader = "x-domus-origin-verify";

/** Added by CloudFront (origin request policy) as "ip:port" of the viewer. */
export const viewerAddressHeader = "cloudfront-viewer-address";

export interface OriginCheck {
  /** True in AWS, where the stack configures the secret: requests without it are refused. */
  readonly required: boolean;
  /** Whether a header value is the secret (constant time). Always false without a secret. */
  accepts(value: string | undefined): boolean;
}

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/** Compares digests, so neither the length nor a prefix of the secret leaks through timing. */
export function originCheck(secret: string | undefined): OriginCheck {
  if (secret === undefined) return { required: false, accepts: () => false };
  if (secret.trim().length < 32) throw new Error("ORIGIN_VERIFY_SECRET_ARN: the secret is shorter than 32 characters");
  const expected = digest(secret);
  return {
    required: true,
    accepts: (value) => value !== undefined && timingSafeEqual(digest(value), expected),
  };
}

type HttpEvent = { headers?: Record<string, string | undefined>; requestContext?: { http?: { sourceIp?: string } } };

/** "203.0.113.7:443" → "203.0.113.7"; "[2001:db8::1]:443" or "2001:db8::1:443" → the address. */
function hostOf(viewer: string): string {
  const host = viewer.slice(0, viewer.lastIndexOf(":")) || viewer;
  return host.replace(/^\[(.*)\]$/, "$1");
}

/**
 * The caller's address for per-address limits. Behind CloudFront the event's sourceIp is the
 * edge, so CloudFront-Viewer-Address is used — but only on a request that carries the origin
 * secret, i.e. one CloudFront sent; any other request gets its own sourceIp.
 */
export function viewerAddressOf(check: OriginCheck): (c: Context) => string {
  return (c) => {
    const viewer = check.accepts(c.req.header(originVerifyHeader)) ? c.req.header(viewerAddressHeader) : undefined;
    if (viewer) return hostOf(viewer);
    const event = (c.env as { event?: HttpEvent } | undefined)?.event;
    return event?.requestContext?.http?.sourceIp ?? "unknown";
  };
}

/**
 * Wraps a Lambda HTTP handler: where the secret is required, a request without it gets a
 * translated 403 before any route runs (nothing bypasses CloudFront and its WAF).
 */
// biome-ignore lint/suspicious/noExplicitAny: any Lambda handler shape (Hono's is generic over the event)
export function refuseDirectCalls<H extends (event: any, context?: any) => Promise<unknown>>(
  check: OriginCheck,
  handler: H,
): H {
  if (!check.required) return handler;
  const guarded = async (event: HttpEvent, context?: unknown) => {
    if (check.accepts(event.headers?.[originVerifyHeader])) return handler(event, context);
    const locale = negotiateLocale(event.headers?.["accept-language"]);
    return {
      statusCode: 403,
      headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
      body: JSON.stringify(errorBody(appError("auth.forbidden"), locale)),
    };
  };
  return guarded as H;
}
