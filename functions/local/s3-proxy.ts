import type { Context } from "hono";

/**
 * Same-origin path to the local S3 stand-in, so presigned URLs work from the browser under the
 * strict CSP (`connect-src 'self'`). In AWS the browser talks to S3 directly.
 */
export const s3ProxyPrefix = "/_s3";

export function s3Proxy(s3Endpoint: string) {
  return async (c: Context) => {
    const url = new URL(c.req.url);
    const target = `${s3Endpoint}${url.pathname.slice(s3ProxyPrefix.length)}${url.search}`;
    const method = c.req.method;
    const headers = new Headers();
    for (const name of ["content-type", "content-length", "range"]) {
      const value = c.req.header(name);
      if (value) headers.set(name, value);
    }
    const body = method === "GET" || method === "HEAD" ? undefined : await c.req.arrayBuffer();
    const res = await fetch(target, { method, headers, body });
    const out = new Headers();
    for (const name of ["content-type", "content-length", "content-disposition", "etag", "last-modified"]) {
      const value = res.headers.get(name);
      if (value) out.set(name, value);
    }
    return new Response(res.body, { status: res.status, headers: out });
  };
}
