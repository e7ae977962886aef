import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureWebBuilt, webBuildNeed } from "../../functions/local/web-build";
import { staticWeb } from "../../functions/local/web-server";

/**
 * The web app as `npm start` serves it: built on start when missing or stale (so a fresh clone's
 * `npm ci && npm start` serves the portal), files as they are, client-side routes as index.html,
 * a missing file as 404 and a malformed path as 400.
 */
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "domus-web-"));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("static files", () => {
  let app: Hono;
  beforeAll(async () => {
    const dist = join(root, "dist");
    await mkdir(join(dist, "assets"), { recursive: true });
    await writeFile(join(dist, "index.html"), "<!doctype html><title>Domus</title>");
    await writeFile(join(dist, "assets", "app-abc123.js"), "console.log(1)");
    app = new Hono();
    app.get("*", staticWeb(dist));
  });

  it("answers a malformed percent-encoding with 400, not 500", async () => {
    for (const path of ["/%E0%A4%A", "/assets/%E0%A4%A.js", "/%", "/a/%zz"]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(400);
    }
  });

  it("answers a missing file with 404, not index.html", async () => {
    for (const path of ["/assets/nope.js", "/assets/nope.css", "/assets/nope", "/favicon.ico", "/robots.txt"]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain("<title>Domus</title>");
    }
  });

  it("still answers client-side routes with index.html, and files with themselves", async () => {
    for (const path of ["/", "/a/ro-lalelelor-m7/u/u012/meters", "/sign-in", "/activate"]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(await res.text()).toContain("<title>Domus</title>");
    }
    const asset = await app.request("/assets/app-abc123.js");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(await asset.text()).toBe("console.log(1)");
  });

  it("does not decode twice (an encoded percent stays a percent)", async () => {
    await writeFile(join(root, "dist", "assets", "100%25.js"), "literal");
    const res = await app.request("/assets/100%2525.js");
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("literal");
  });
});

describe("building on start", () => {
  /** A small copy of the web app's layout: sources, public files, config, and the API contracts. */
  async function layout(name: string) {
    const webDir = join(root, name, "web");
    const functionsDir = join(root, name, "functions");
    await mkdir(join(webDir, "src", "app"), { recursive: true });
    await mkdir(join(webDir, "public"), { recursive: true });
    await mkdir(join(functionsDir, "meters"), { recursive: true });
    for (const file of ["src/app/start.tsx", "public/favicon.svg", "index.html", "vite.config.ts"]) {
      await writeFile(join(webDir, file), "x");
    }
    await writeFile(join(functionsDir, "meters", "contracts.ts"), "x");
    await writeFile(join(functionsDir, "meters", "routes.ts"), "x");
    const outDir = join(webDir, "dist");
    return { webDir, outDir, functionsDir };
  }
  const past = new Date("2026-01-01T00:00:00Z");
  const later = new Date("2026-06-01T00:00:00Z");
  const built = async (outDir: string) => {
    await mkdir(outDir, { recursive: true });
    await writeFile(join(outDir, "index.html"), "built");
    await utimes(join(outDir, "index.html"), later, later);
  };
  const age = async (files: string[]) => {
    for (const f of files) await utimes(f, past, past);
  };

  it("builds when web/dist is missing", async () => {
    const paths = await layout("missing");
    expect(await webBuildNeed(paths)).toEqual({ needed: true, reason: expect.stringContaining("is missing") });
  });

  it("does not build when the build is newer than every source", async () => {
    const paths = await layout("fresh");
    const { webDir, functionsDir } = paths;
    await age([
      join(webDir, "src/app/start.tsx"),
      join(webDir, "public/favicon.svg"),
      join(webDir, "index.html"),
      join(webDir, "vite.config.ts"),
      join(functionsDir, "meters/contracts.ts"),
    ]);
    await built(paths.outDir);
    expect(await webBuildNeed(paths)).toEqual({ needed: false });
    // A server file the web build does not read changes nothing.
    const newer = new Date("2026-07-01T00:00:00Z");
    await utimes(join(functionsDir, "meters/routes.ts"), newer, newer);
    expect(await webBuildNeed(paths)).toEqual({ needed: false });
  });

  it.each([
    ["a source", "web/src/app/start.tsx"],
    ["a public file", "web/public/favicon.svg"],
    ["index.html", "web/index.html"],
    ["the vite config", "web/vite.config.ts"],
    ["an API contract the web app reads", "functions/meters/contracts.ts"],
  ])("builds again when %s changed after the build", async (_what, file) => {
    const name = `stale-${file.replace(/\W/g, "-")}`;
    const paths = await layout(name);
    const { webDir, functionsDir } = paths;
    await age([
      join(webDir, "src/app/start.tsx"),
      join(webDir, "public/favicon.svg"),
      join(webDir, "index.html"),
      join(webDir, "vite.config.ts"),
      join(functionsDir, "meters/contracts.ts"),
    ]);
    await built(paths.outDir);
    const changed = join(root, name, file);
    const newer = new Date("2026-07-01T00:00:00Z");
    await utimes(changed, newer, newer);
    expect(await webBuildNeed(paths)).toEqual({
      needed: true,
      reason: expect.stringContaining(`${file.split("/").pop()} changed since the build`),
    });
  });

  it("runs the real vite build and says what it does", async () => {
    const outDir = join(root, "real-dist");
    const said: string[] = [];
    const paths = { webDir: resolve("web"), outDir, functionsDir: resolve("functions") };
    await ensureWebBuilt(paths, (line) => said.push(line));
    expect(said[0]).toMatch(/^Building the web app \(.*real-dist is missing\)…$/);
    expect(said[1]).toMatch(/^Web app built in \d+(\.\d)? s\.$/);
    const index = await readFile(join(outDir, "index.html"), "utf8");
    const scripts = [...index.matchAll(/src="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? "");
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(existsSync(join(outDir, script)), script).toBe(true);
    // Fresh now: a second start does not build again.
    const again: string[] = [];
    await ensureWebBuilt(paths, (line) => again.push(line));
    expect(again).toEqual([]);
  }, 240_000);
});
