import { timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import { appError } from "../errors";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Rejects forged cross-site state changes. Three layers: the browser's Sec-Fetch-Site, the Origin
 * header, and a custom `x-csrf-token` header (a cross-site form cannot set it and a cross-site
 * fetch would need CORS, which Domus never grants). Signed-in requests must echo the session's
 * CSRF token.
 */
export function checkCsrf(c: Context, expectedToken: string | undefined, appOrigin: string): void {
  if (safeMethods.has(c.req.method)) return;
  const site = c.req.header("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw appError("auth.csrf");
  const origin = c.req.header("origin");
  if (origin && origin !== appOrigin && origin !== new URL(c.req.url).origin) throw appError("auth.csrf");
  const token = c.req.header("x-csrf-token");
  if (!token) throw appError("auth.csrf");
  if (expectedToken !== undefined && !sameText(token, expectedToken)) throw appError("auth.csrf");
}
