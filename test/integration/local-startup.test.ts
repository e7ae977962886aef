import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type RunningDomus, startDomus } from "../../functions/local/runtime";
import { testClock } from "../support/test-clock";

/**
 * `npm start` with a client polling while it starts (a health check, a browser tab left open):
 * every request gets either 503 with Retry-After (translated JSON under /api) or, once the
 * tables, demo data and web app are ready, 200. Never a crash, never anything else.
 */
const cleanup: string[] = [];
let running: RunningDomus | undefined;

afterAll(async () => {
  await running?.close();
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

interface Seen {
  path: string;
  status: number;
  retryAfter: string | null;
  body: string;
}

/** Asks for each path every few milliseconds until stopped; connection refusals (not yet listening) are skipped. */
function poll(base: string, paths: string[]) {
  const seen: Seen[] = [];
  let stopped = false;
  const loop = async (path: string) => {
    while (!stopped) {
      try {
        const res = await fetch(`${base}${path}`, { headers: { "accept-language": "ro" } });
        seen.push({ path, status: res.status, retryAfter: res.headers.get("retry-after"), body: await res.text() });
      } catch {
        // Not listening yet.
      }
      await new Promise((r) => setTimeout(r, 3));
    }
  };
  const loops = paths.map(loop);
  return {
    seen,
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
    },
  };
}

/** Resolves once `done()` holds, checking every 20 ms; throws after `timeoutMs`. */
async function until(done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("start-up under a polling client", () => {
  it("answers only 503 (retry later) or 200, and survives", async () => {
    const root = await mkdtemp(join(tmpdir(), "domus-start-"));
    cleanup.push(root);
    const webRoot = join(root, "web");
    await mkdir(webRoot, { recursive: true });
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const poller = poll(base, ["/", "/api/openapi.json", "/owner/units"]);
    let webReady = false;
    running = await startDomus({
      dataDir: join(root, "data"),
      keyFile: join(root, "keys", "master.key"),
      port,
      mailPort: 0,
      clock: testClock,
      // Stands for the web build of a fresh clone: index.html appears only at the end of start-up.
      prepareWeb: async () => {
        await new Promise((r) => setTimeout(r, 300));
        await writeFile(join(webRoot, "index.html"), "<!doctype html><title>Domus</title>");
        webReady = true;
      },
      webRoot,
    });
    expect(webReady).toBe(true);
    const readyAt = poller.seen.length;
    // A few rounds of every path after start-up, however busy the machine (a fixed wait was flaky under load).
    await until(() => poller.seen.length >= readyAt + 12, 20_000);
    await poller.stop();

    const statuses = new Set(poller.seen.map((s) => s.status));
    expect([...statuses].sort()).toEqual([200, 503]);
    const early = poller.seen.filter((s) => s.status === 503);
    expect(early.every((s) => s.retryAfter !== null && Number(s.retryAfter) > 0)).toBe(true);
    const api = early.find((s) => s.path.startsWith("/api/"));
    expect(JSON.parse(api?.body ?? "{}")).toEqual({
      error: {
        code: "service.starting",
        message: "Domus pornește. Încercați din nou peste câteva secunde.",
        fields: [],
      },
    });
    expect(early.find((s) => s.path === "/")?.body).toBe("Domus pornește. Încercați din nou peste câteva secunde.");
    const afterReady = poller.seen.slice(readyAt + 3);
    expect(afterReady.length).toBeGreaterThan(0);
    expect(afterReady.every((s) => s.status === 200)).toBe(true);
    expect(poller.seen.some((s) => s.path === "/owner/units" && s.status === 200 && s.body.includes("Domus"))).toBe(
      true,
    );
  }, 120_000);
});
