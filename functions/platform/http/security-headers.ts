import type { MiddlewareHandler } from "hono";

/**
 * Headers on every response, errors and static files included (quality bars): a strict CSP with
 * no unsafe-inline/eval, no framing, HSTS for a year, nosniff, a referrer policy.
 */
export function securityHeaders(extraConnectSrc: string[] = []): MiddlewareHandler {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${extraConnectSrc.map((s) => ` ${s}`).join("")}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    // A response with its own, stricter policy keeps it (stored files are served sandboxed).
    if (!h.has("Content-Security-Policy")) h.set("Content-Security-Policy", csp);
    h.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Referrer-Policy", "strict-origin-when-cross-origin");
    h.set("X-Frame-Options", "DENY");
    h.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    h.set("Cross-Origin-Opener-Policy", "same-origin");
    if (c.req.path.startsWith("/api/")) h.set("Cache-Control", "no-store");
  };
}
