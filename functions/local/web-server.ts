import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { join, normalize } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Context } from "hono";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/** Text types worth compressing (images and fonts are compressed already). */
const compressible = new Set([".html", ".js", ".css", ".json", ".svg", ".webmanifest", ".txt"]);
/** Below this a compressed body saves less than the header costs. */
const minCompressBytes = 1024;

type Encoding = "br" | "gzip";

/** The best encoding the client accepts, as CloudFront picks it: Brotli, then gzip. */
function encodingFor(acceptEncoding: string | undefined): Encoding | undefined {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? "").toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return undefined;
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Off the event loop (zlib's thread pool). Brotli quality 9, not 11: about 8% larger but some
 * 25 times faster, so the first request of a file does not wait a second for its compression.
 */
function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === "br"
    ? brotliAsync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 9,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        },
      })
    : gzipAsync(body, { level: 9 });
}

/** Compressed bodies by path, encoding and modification time: each file is compressed once. */
const compressedCache = new Map<string, Promise<Buffer>>();

async function encoded(file: string, ext: string, acceptEncoding: string | undefined) {
  const body = await readFile(file);
  const encoding = compressible.has(ext) && body.length >= minCompressBytes ? encodingFor(acceptEncoding) : undefined;
  if (!encoding) return { body, headers: {} as Record<string, string> };
  const key = `${file}\n${encoding}\n${(await stat(file)).mtimeMs}`;
  let out = compressedCache.get(key);
  if (!out) {
    out = compress(body, encoding);
    compressedCache.set(key, out);
    out.catch(() => compressedCache.delete(key));
  }
  return { body: await out, headers: { "Content-Encoding": encoding } as Record<string, string> };
}

/** A path under /assets/ or with a file extension names a file: missing, it is a 404, not the app. */
function namesAFile(path: string): boolean {
  const last = path.slice(path.lastIndexOf("/") + 1);
  return path.startsWith("/assets/") || /\.[A-Za-z0-9]+$/.test(last);
}

/** The request path decoded, or undefined when its percent-encoding is malformed (`/%E0%A4%A`). */
function decodedPath(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/**
 * Serves the built web app the way CloudFront does: files from `web/dist`, hashed assets cached for
 * a year, index.html for every other path (client-side routes, which never end in an extension),
 * a 404 for a missing file (a stale page asking for an old asset must not get HTML as script),
 * and text compressed with Brotli or gzip when the client accepts it (CloudFront compresses too;
 * Lighthouse counts transfer sizes).
 */
export function staticWeb(root: string) {
  return async (c: Context) => {
    if (!existsSync(join(root, "index.html"))) {
      return c.text("The web app is not built yet: run `npm run build:web`.", 503);
    }
    const decoded = decodedPath(new URL(c.req.url).pathname);
    if (decoded === undefined) return c.text("Bad request: malformed percent-encoding in the path.", 400);
    const path = normalize(decoded).replace(/^(\.\.[/\\])+/, "");
    const file = join(root, path);
    const ext = path.slice(path.lastIndexOf("."));
    const acceptEncoding = c.req.header("Accept-Encoding");
    if (file.startsWith(root) && path !== "/" && types[ext] && existsSync(file)) {
      const cache = path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";
      const { body, headers } = await encoded(file, ext, acceptEncoding);
      return c.body(new Uint8Array(body), 200, {
        "Content-Type": types[ext] ?? "application/octet-stream",
        "Cache-Control": cache,
        ...(compressible.has(ext) ? { Vary: "Accept-Encoding" } : {}),
        ...headers,
      });
    }
    if (namesAFile(path)) return c.text("Not found.", 404, { "Cache-Control": "no-cache" });
    const { body, headers } = await encoded(join(root, "index.html"), ".html", acceptEncoding);
    return c.body(new Uint8Array(body), 200, {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-cache",
      Vary: "Accept-Encoding",
      ...headers,
    });
  };
}
