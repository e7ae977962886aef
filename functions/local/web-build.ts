import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";

/**
 * `npm start` on a fresh clone (or after a pull) must serve the portal, not "not built yet": the
 * web app is built on start when `web/dist` is missing or older than what it is built from.
 */
export interface WebBuildPaths {
  /** The web app's folder (`web`): sources, index.html, public/, vite.config.ts. */
  webDir: string;
  /** Where the build goes (`web/dist`). */
  outDir: string;
  /** The API contracts the build evaluates (vite.config.ts reads `functions/**\/contracts*.ts`). */
  functionsDir: string;
}

export type WebBuildNeed = { needed: false } | { needed: true; reason: string };

/** Same pattern as the contract plugin in web/vite.config.ts: the modules the web build reads. */
const contractFile = /(^|[\\/])([a-z]+-)?contracts(-[a-z]+)?\.ts$/;

/** Whether to build, and why, in words for the start-up output. */
export async function webBuildNeed(paths: WebBuildPaths): Promise<WebBuildNeed> {
  const index = join(paths.outDir, "index.html");
  if (!existsSync(index)) return { needed: true, reason: `${relative(process.cwd(), paths.outDir)} is missing` };
  const builtAt = (await stat(index)).mtimeMs;
  const sources = [
    ...(await filesUnder(join(paths.webDir, "src"))),
    ...(await filesUnder(join(paths.webDir, "public"))),
    join(paths.webDir, "index.html"),
    join(paths.webDir, "vite.config.ts"),
    ...(await filesUnder(paths.functionsDir)).filter((f) => contractFile.test(f) && !f.endsWith(".test.ts")),
  ];
  for (const file of sources) {
    const changedAt = existsSync(file) ? (await stat(file)).mtimeMs : 0;
    if (changedAt > builtAt)
      return { needed: true, reason: `${relative(process.cwd(), file)} changed since the build` };
  }
  return { needed: false };
}

async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * Runs `vite build` in its own process (its plugins load TypeScript with their own loader, and a
 * failed build must not take the server down with a half-loaded module graph). Output is kept and
 * shown only when the build fails.
 */
export function buildWeb(paths: WebBuildPaths): Promise<void> {
  const vite = join(dirname(createRequire(import.meta.url).resolve("vite/package.json")), "bin", "vite.js");
  const args = [vite, "build", "--config", join(paths.webDir, "vite.config.ts"), "--outDir", paths.outDir];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    const output: string[] = [];
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("error", fail);
    child.on("exit", (code) => {
      if (code === 0) return done();
      fail(new Error(`the web app failed to build (vite exited with ${code}):\n${output.join("").slice(-4000)}`));
    });
  });
}

/** Builds the web app if it is missing or stale, saying what it does on `say`. */
export async function ensureWebBuilt(paths: WebBuildPaths, say: (line: string) => void): Promise<void> {
  const need = await webBuildNeed(paths);
  if (!need.needed) return;
  say(`Building the web app (${need.reason})…`);
  const started = performance.now();
  await buildWeb(paths);
  say(`Web app built in ${Math.round((performance.now() - started) / 100) / 10} s.`);
}
