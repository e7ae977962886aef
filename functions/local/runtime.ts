import { rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { Hono } from "hono";
import { buildApp } from "../app";
import type { Clock } from "../platform/clock";
import { type Config, loadConfig } from "../platform/config";
import { type AppDeps, createDeps } from "../platform/deps";
import { securityHeaders } from "../platform/http/security-headers";
import type { Logger } from "../platform/log";
import { allRoutes } from "../routes";
import { startLocalAws } from "./aws";
import { localCredentials } from "./aws/s3-server";
import { s3Proxy, s3ProxyPrefix } from "./s3-proxy";
import { startScheduler } from "./scheduler";
import { seedDemo } from "./seed/seed";
import { startupGate } from "./startup-gate";
import { ensureBucket, ensureTable } from "./table-setup";
import { staticWeb } from "./web-server";

export interface DomusOptions {
  dataDir: string;
  /** The local KMS master key: must live outside dataDir (keys apart from the data). */
  keyFile: string;
  port: number;
  mailPort: number;
  host?: string;
  reset?: boolean;
  seed?: boolean;
  scheduler?: boolean;
  webRoot?: string;
  /** Run during start-up, before the first request is let through (npm start builds the web app here). */
  prepareWeb?: () => Promise<void>;
  clock?: Clock;
  log?: Logger;
  /** Card payments (optional): Stripe secrets from the environment; without them the card option does not show. */
  stripe?: { secretKey?: string; webhookSecret?: string; apiBase?: string };
}

export interface RunningDomus {
  url: string;
  mailViewerUrl: string;
  mailStoreUrl: string;
  deps: AppDeps;
  seeded: boolean;
  close(): Promise<void>;
}

/**
 * Domus whole on one machine: local AWS stand-ins, the HTTP API and the web app on one port, the
 * scheduler, and demo data on an empty data directory. The app code is the Lambda code; only the
 * endpoints differ.
 */
export async function startDomus(opts: DomusOptions): Promise<RunningDomus> {
  if (opts.reset) await rm(opts.dataDir, { recursive: true, force: true });
  const host = opts.host ?? "127.0.0.1";
  const clock = opts.clock;
  const now = clock ? () => clock.now().getTime() : undefined;
  const aws = await startLocalAws({ dataDir: opts.dataDir, keyFile: opts.keyFile, mailPort: opts.mailPort, host, now });
  const gate = startupGate();
  const app: { api?: ReturnType<typeof buildApp> } = {};
  // Every route before listening: Hono builds its router on the first request and refuses routes after.
  const root = new Hono();
  root.use("*", securityHeaders());
  root.use("*", gate.middleware);
  root.all(`${s3ProxyPrefix}/*`, s3Proxy(aws.endpoints.s3, localCredentials));
  root.all("/api/*", (c) => {
    if (!app.api) throw new Error("the start-up gate lets /api through only once the app is built");
    return app.api.fetch(c.req.raw, c.env);
  });
  root.get("*", staticWeb(resolve(opts.webRoot ?? "web/dist")));
  const server = serve({ fetch: root.fetch, port: opts.port, hostname: host });
  await new Promise<void>((done) => server.once("listening", () => done()));
  const url = `http://${host === "0.0.0.0" ? "localhost" : host}:${(server.address() as AddressInfo).port}`;
  const stopServer = () => new Promise<void>((done) => server.close(() => done()));
  try {
    const config = localConfig(url, aws, opts.stripe);
    const deps = createDeps(config, { clock: opts.clock, log: opts.log });
    await ensureTable(deps.clients.dynamo, config.tableName);
    await ensureBucket(deps.clients.s3, config.bucketName);
    app.api = buildApp(deps, allRoutes, { addressOf: (c) => getConnInfo(c).remote.address ?? "unknown" });
    // The web build (npm start on a fresh clone) runs while the demo data is written.
    const [seeded] = await Promise.all([opts.seed === false ? false : seedDemo(deps), opts.prepareWeb?.()]);
    gate.open();
    const scheduler = opts.scheduler ? startScheduler(deps) : undefined;
    return {
      url,
      mailViewerUrl: aws.mailViewerUrl,
      mailStoreUrl: aws.mailStoreUrl,
      deps,
      seeded,
      close: async () => {
        scheduler?.stop();
        await stopServer();
        await aws.close();
      },
    };
  } catch (error) {
    await stopServer().catch(() => undefined);
    await aws.close().catch(() => undefined);
    throw error;
  }
}

function localConfig(
  url: string,
  aws: Awaited<ReturnType<typeof startLocalAws>>,
  stripe: DomusOptions["stripe"] = {},
): Config {
  return loadConfig({
    DOMUS_STAGE: "local",
    AWS_REGION: "eu-central-1",
    TABLE_NAME: "domus",
    BUCKET_NAME: "domus-documents",
    KMS_KEY_ID: aws.kmsKeyId,
    MAIL_FROM: "no-reply@domus.example.com",
    APP_URL: url,
    LOG_LEVEL: "warn",
    DYNAMODB_ENDPOINT: aws.endpoints.dynamodb,
    KMS_ENDPOINT: aws.endpoints.kms,
    S3_ENDPOINT: aws.endpoints.s3,
    S3_PUBLIC_ENDPOINT: `${url}${s3ProxyPrefix}`,
    SES_ENDPOINT: aws.endpoints.ses,
    MAIL_VIEWER_URL: aws.mailViewerUrl,
    STRIPE_SECRET_KEY: stripe.secretKey || undefined,
    STRIPE_WEBHOOK_SECRET: stripe.webhookSecret || undefined,
    STRIPE_API_BASE: stripe.apiBase || undefined,
  });
}
