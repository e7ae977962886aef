import type { Context } from "hono";
import { handle, type LambdaEvent } from "hono/aws-lambda";
import { buildApp } from "../app";
import { loadConfig } from "../platform/config";
import { createDeps } from "../platform/deps";
import type { Route } from "../platform/http/route";
import { type SecretReader, withSecretSettings } from "../platform/secrets";

/**
 * The viewer's address. Behind CloudFront the event's sourceIp is the edge, so the
 * CloudFront-Viewer-Address header ("ip:port", set by CloudFront) comes first; a direct call to the
 * API endpoint has the real sourceIp. Throttling per account does not depend on this.
 */
function addressOf(c: Context): string {
  const viewer = c.req.header("cloudfront-viewer-address");
  if (viewer) return viewer.slice(0, viewer.lastIndexOf(":")) || viewer;
  const event = (c.env as { event?: LambdaEvent } | undefined)?.event as
    | { requestContext?: { http?: { sourceIp?: string } } }
    | undefined;
  return event?.requestContext?.http?.sourceIp ?? "unknown";
}

/**
 * One Lambda per route group: configuration read and validated once per cold start (awaited at
 * the module's top level). Groups that take card payments pass a secret reader for their keys.
 */
export async function httpHandlerFor(routes: Route[], secrets?: SecretReader) {
  const config = loadConfig(await withSecretSettings(process.env, secrets));
  const deps = createDeps(config);
  const bucketOrigin = `https://${config.bucketName}.s3.${config.region}.amazonaws.com`;
  return handle(buildApp(deps, routes, { addressOf, connectSrc: [bucketOrigin] }));
}
