import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, normalize } from "node:path";
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

/**
 * Serves the built web app the way CloudFront does: files from `web/dist`, hashed assets cached for
 * a year, and index.html for every other path (client-side routes).
 */
export function staticWeb(root: string) {
  return async (c: Context) => {
    if (!existsSync(join(root, "index.html"))) {
      return c.text("The web app is not built yet: run `npm run build:web`.", 503);
    }
    const path = normalize(decodeURIComponent(c.req.path)).replace(/^(\.\.[/\\])+/, "");
    const file = join(root, path);
    const ext = path.slice(path.lastIndexOf("."));
    if (file.startsWith(root) && path !== "/" && types[ext] && existsSync(file)) {
      const cache = path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";
      return c.body(await readFile(file), 200, {
        "Content-Type": types[ext] ?? "application/octet-stream",
        "Cache-Control": cache,
      });
    }
    return c.body(await readFile(join(root, "index.html")), 200, {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-cache",
    });
  };
}
