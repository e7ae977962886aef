import { resolve } from "node:path";
import { createLogger } from "../platform/log";
import { demoPassword, demoPeople } from "./seed/demo-people";
import { ensureWebBuilt } from "./web-build";

/**
 * `npm start`: Domus on one machine. Settings (all optional): PORT (3000), MAIL_PORT (8005),
 * DOMUS_DATA_DIR (.local/data), DOMUS_KEY_FILE (.local/keys/master.key — outside the data dir),
 * `--reset` or DOMUS_RESET=1 to start from empty demo data. Builds the web app during start-up when
 * `web/dist` is missing or older than its sources, so `npm ci && npm start` serves the portal.
 */
function intSetting(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`Setting ${name} must be a port number (0–65535), got "${raw}"`);
  }
  return value;
}

async function main() {
  const started = performance.now();
  // The build starts first, while the app's modules load (most of a cold start), and the server
  // answers 503 until it is done.
  const web = ensureWebBuilt(
    { webDir: resolve("web"), outDir: resolve("web/dist"), functionsDir: resolve("functions") },
    (line) => process.stdout.write(`${line}\n`),
  );
  web.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
  const { startDomus } = await import("./runtime");
  const domus = await startDomus({
    dataDir: resolve(process.env.DOMUS_DATA_DIR ?? ".local/data"),
    keyFile: resolve(process.env.DOMUS_KEY_FILE ?? ".local/keys/master.key"),
    port: intSetting("PORT", 3000),
    mailPort: intSetting("MAIL_PORT", 8005),
    host: process.env.HOST ?? "127.0.0.1",
    reset: process.argv.includes("--reset") || process.env.DOMUS_RESET === "1",
    scheduler: true,
    prepareWeb: () => web,
    stripe: {
      secretKey: process.env.STRIPE_SECRET_KEY,
      webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
      apiBase: process.env.STRIPE_API_BASE,
    },
    log: createLogger((process.env.LOG_LEVEL as "info") ?? "warn", { service: "domus" }),
  });
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const lines = [
    "",
    `Domus is running (started in ${seconds} s${domus.seeded ? ", demo data seeded" : ""}).`,
    `  Portal:       ${domus.url}`,
    `  Mail viewer:  ${domus.mailViewerUrl}`,
    `  API document: ${domus.url}/api/openapi.json`,
    "",
    `Demo logins (password for all: ${demoPassword}):`,
    ...demoPeople.map((p) => {
      const roles = p.platformOperator
        ? "platform operator"
        : p.memberships.map((m) => `${m.roles.join("+")} @ ${m.associationId}`).join(", ");
      return `  ${p.email.padEnd(32)} ${roles}`;
    }),
    "",
    "Board, finance and admin roles sign in with a second factor: `npm run totp` prints the demo code.",
    "Stop with Ctrl+C. Data survives a restart; `npm start -- --reset` starts afresh.",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  const stop = async () => {
    await domus.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Domus could not start: ${(error as Error).message}\n`);
  process.exit(1);
});
