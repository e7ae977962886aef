import type { Context } from "hono";
import { type SigningCredentials, verifyPresigned } from "./s3-presigned";

/**
 * Same-origin path to the local S3 stand-in, so presigned URLs work from the browser under the
 * strict CSP (`connect-src 'self'`). In AWS the browser talks to S3 directly.
 */
export const s3ProxyPrefix = "/_s3";

/** What a presigned URL may do: read (GET, HEAD) or upload (PUT). Never list, never delete. */
const allowedMethods = new Set(["GET", "HEAD", "PUT"]);

/**
 * Stored files are served from the portal's own origin here, so one uploaded as HTML or script
 * must never run as the portal: always a download, in a sandbox with no sources, never sniffed.
 */
const downloadHeaders = {
  "content-security-policy": "default-src 'none'; sandbox",
  "x-content-type-options": "nosniff",
  "cache-control": "private, no-store",
};

/**
 * Forwards to the local S3 only what real S3 would accept from a browser: a request on one object
 * carrying a valid, unexpired SigV4 presigned signature by the app's credentials (s3rver checks
 * none of this). `now` is the wall clock, as the SDK signs with it.
 */
export function s3Proxy(s3Endpoint: string, creds: SigningCredentials, now: () => number = Date.now) {
  return async (c: Context) => {
    const url = new URL(c.req.url);
    const objectPath = url.pathname.slice(s3ProxyPrefix.length);
    const method = c.req.method;
    if (!allowedMethods.has(method)) return s3Error(c, 405, "MethodNotAllowed", "only GET, HEAD and PUT");
    if (!/^\/[^/]+\/[^/]/.test(objectPath)) return s3Error(c, 403, "AccessDenied", "no object key");
    const verdict = verifyPresigned(
      { method, path: url.pathname, query: url.searchParams, header: (name) => c.req.header(name) },
      creds,
      now(),
    );
    if (!verdict.ok) return s3Error(c, 403, verdict.code, verdict.reason);
    const headers = new Headers();
    for (const name of ["content-type", "content-length", "range"]) {
      const value = c.req.header(name);
      if (value) headers.set(name, value);
    }
    const body = method === "PUT" ? await c.req.arrayBuffer() : undefined;
    const res = await fetch(`${s3Endpoint}${objectPath}${url.search}`, { method, headers, body });
    const out = new Headers();
    for (const name of ["content-type", "content-length", "content-range", "etag", "last-modified"]) {
      const value = res.headers.get(name);
      if (value) out.set(name, value);
    }
    if (method !== "PUT") {
      const disposition = res.headers.get("content-disposition") ?? "";
      out.set("content-disposition", disposition.toLowerCase().startsWith("attachment") ? disposition : "attachment");
      for (const [name, value] of Object.entries(downloadHeaders)) out.set(name, value);
    }
    return new Response(res.body, { status: res.status, headers: out });
  };
}

/** An error in S3's own XML shape, as the browser would get from S3. */
function s3Error(c: Context, status: 403 | 405, code: string, reason: string) {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${reason}</Message></Error>`;
  return c.body(xml, status, { "content-type": "application/xml", ...downloadHeaders });
}
