import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import sesModule from "aws-ses-v2-local";
import { closeServer, urlFor } from "./http-util";

/** A running aws-ses-v2-local: SES API, mail viewer and JSON store share one port. */
export interface LocalSes {
  endpoint: string;
  viewerUrl: string;
  storeUrl: string;
  close(): Promise<void>;
}

type StartSes = (config?: { host?: string; port?: number }) => Promise<Server>;

/**
 * The package is CommonJS compiled from ES modules: an ESM default import yields its `exports`
 * object, whose own `default` is the start function (under a bundler it may already be the
 * function). Accept both rather than depend on the loader.
 */
function startFunction(): StartSes {
  const candidate: unknown = sesModule;
  if (typeof candidate === "function") return candidate as StartSes;
  const nested = (candidate as { default?: unknown }).default;
  if (typeof nested === "function") return nested as StartSes;
  throw new Error("aws-ses-v2-local exports no start function");
}

/**
 * Starts the SES stand-in on `port` (0 picks a free one). Its store is in memory and shared by
 * every instance in the process, so readers should filter by what they sent.
 */
export async function startLocalSes(host: string, port: number): Promise<LocalSes> {
  const server = await startFunction()({ host, port });
  // Express 5 resolves even when binding failed; a server that is not listening did fail.
  if (!server.listening) {
    throw new Error(`local SES could not listen on ${host}:${port} (is the port taken?)`);
  }
  const base = urlFor(host, (server.address() as AddressInfo).port);
  return { endpoint: base, viewerUrl: `${base}/`, storeUrl: `${base}/store`, close: () => closeServer(server) };
}
