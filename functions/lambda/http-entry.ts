import type { Context } from "hono";
import { handle, type LambdaEvent } from "hono/aws-lambda";
import { buildApp } from "../app";
import { loadConfig } from "../platform/config";
import { createDeps } from "../platform/deps";
import type { RouteGroup } from "../platform/http/route-groups";

/** Source address from the HTTP API event (API Gateway has already parsed X-Forwarded-For). */
function addressOf(c: Context): string {
  const event = (c.env as { event?: LambdaEvent } | undefined)?.event as
    | { requestContext?: { http?: { sourceIp?: string } } }
    | undefined;
  return event?.requestContext?.http?.sourceIp ?? "unknown";
}

/** One Lambda per route group: configuration read and validated once per cold start. */
export function httpHandlerFor(group: RouteGroup) {
  const config = loadConfig(process.env);
  const deps = createDeps(config);
  const bucketOrigin = `https://${config.bucketName}.s3.${config.region}.amazonaws.com`;
  return handle(buildApp(deps, { groups: [group], addressOf, connectSrc: [bucketOrigin] }));
}
