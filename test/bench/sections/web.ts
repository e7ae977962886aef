import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { median, round } from "../support/stats";

/** Section 4 — initial JavaScript of web/dist and Lighthouse (mobile preset) on Debian's Chromium. */
export interface InitialJs {
  files: { file: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
  budgetGzipBytes: number;
}

export interface LighthouseRow {
  page: string;
  url: string;
  runs: number;
  /** Medians over the runs. */
  performance?: number;
  lcpMs?: number;
  cls?: number;
  tbtMs?: number;
  fcpMs?: number;
  scores?: number[];
  finalUrl?: string;
  error?: string;
}

export interface WebSection {
  initialJs?: InitialJs;
  lighthouse: LighthouseRow[];
  skipped?: string;
  notes: string[];
}

const distDir = join(import.meta.dirname, "../../../web/dist");
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Scripts index.html loads at once: the module entry and its modulepreloads (lazy pages excluded). */
export async function initialJsOf(dist = distDir): Promise<InitialJs> {
  const html = await readFile(join(dist, "index.html"), "utf8");
  const refs = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) if (m[1]) refs.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) if (m[1]) refs.add(m[1]);
  const files = [];
  for (const ref of refs) {
    const code = await readFile(join(dist, ref.replace(/^\//, "")));
    files.push({ file: ref, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length });
  }
  return {
    files,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0),
    budgetGzipBytes: 120 * 1024,
  };
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => done(port));
    });
  });
}

/** Chromium with the offline flags of stack.md, a fresh profile and a DevTools port for Lighthouse. */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const profile = await mkdtemp(join(tmpdir(), "domus-chromium-"));
  const child: ChildProcess = spawn(
    chromiumPath,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost",
      `--user-data-dir=${profile}`,
      `--remote-debugging-port=${port}`,
      "about:blank",
    ],
    { stdio: "ignore" },
  );
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error("Chromium did not open its DevTools port");
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    port,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((r) => setTimeout(r, 300));
      await rm(profile, { recursive: true, force: true });
    },
  };
}

interface Lhr {
  finalDisplayedUrl?: string;
  runtimeError?: { message?: string };
  categories: { performance?: { score: number | null } };
  audits: Record<string, { numericValue?: number }>;
}
type LighthouseFn = (url: string, flags: Record<string, unknown>) => Promise<{ lhr: Lhr } | undefined>;

async function lighthouseRuns(
  lighthouse: LighthouseFn,
  port: number,
  page: string,
  url: string,
  runs: number,
  headers: Record<string, string>,
): Promise<LighthouseRow> {
  const samples: Lhr[] = [];
  const failures: string[] = [];
  // A run Lighthouse itself reports as broken (e.g. NO_NAVSTART on a busy machine) is retried once.
  for (let i = 0; i < runs; i++) {
    for (let attempt = 0; attempt < 2; attempt++) {
      const out = await lighthouse(url, {
        port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance"],
        extraHeaders: headers,
        // Lighthouse's default config is the mobile preset (Moto G Power, slow 4G, 4× CPU, simulated).
      }).catch((error: unknown) => ({ lhr: undefined, error: String((error as Error)?.message ?? error) }));
      const lhr = out && "lhr" in out ? out.lhr : undefined;
      const problem = !lhr ? ((out as { error?: string })?.error ?? "no result") : lhr.runtimeError?.message;
      if (lhr && !problem) {
        samples.push(lhr);
        break;
      }
      failures.push(String(problem).slice(0, 200));
    }
  }
  if (samples.length === 0) return { page, url, runs, error: failures[0] ?? "Lighthouse returned no result" };
  const audit = (lhr: Lhr, id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const scores = samples.map((s) => Math.round((s.categories.performance?.score ?? 0) * 100));
  return {
    page,
    url,
    runs: samples.length,
    performance: median(scores),
    scores,
    lcpMs: round(median(samples.map((s) => audit(s, "largest-contentful-paint"))), 0),
    cls: round(median(samples.map((s) => audit(s, "cumulative-layout-shift"))), 3),
    tbtMs: round(median(samples.map((s) => audit(s, "total-blocking-time"))), 0),
    fcpMs: round(median(samples.map((s) => audit(s, "first-contentful-paint"))), 0),
    finalUrl: samples[0]?.finalDisplayedUrl,
    ...(failures.length ? { error: `${failures.length} failed attempt(s) retried: ${failures[0]}` } : {}),
  };
}

export async function runWebSection(opts: {
  baseUrl: string;
  ownerHomePath: string;
  sessionCookie: string | undefined;
  runs: number;
}): Promise<WebSection> {
  const notes = [
    "Initial JS = the module entry of web/dist/index.html plus its modulepreloads, gzip level 9; lazily loaded pages are not counted.",
    `Lighthouse ${opts.runs} run(s) per page, mobile preset (simulated throttling), Chromium headless with the offline flags of stack.md; medians.`,
  ];
  if (!existsSync(join(distDir, "index.html"))) {
    return { lighthouse: [], skipped: "not available: web/dist is not built (run `npm run build:web`)", notes };
  }
  const initialJs = await initialJsOf();
  if (!existsSync(chromiumPath)) {
    return {
      initialJs,
      lighthouse: [],
      skipped: `not available: no Chromium at ${chromiumPath} (apt-get install -y chromium)`,
      notes,
    };
  }
  const { default: lighthouse } = (await import("lighthouse")) as unknown as { default: LighthouseFn };
  const chromium = await startChromium();
  try {
    const rows = [await lighthouseRuns(lighthouse, chromium.port, "sign-in", `${opts.baseUrl}/sign-in`, opts.runs, {})];
    if (opts.sessionCookie) {
      rows.push(
        await lighthouseRuns(
          lighthouse,
          chromium.port,
          "owner home (signed in)",
          `${opts.baseUrl}${opts.ownerHomePath}`,
          opts.runs,
          { Cookie: opts.sessionCookie },
        ),
      );
    }
    return { initialJs, lighthouse: rows, notes };
  } finally {
    await chromium.stop();
  }
}
