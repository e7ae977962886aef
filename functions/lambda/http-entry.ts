import { handle } from "hono/aws-lambda";
import { buildApp } from "../app";
import { ConfigError, loadConfig } from "../platform/config";
import { createDeps } from "../platform/deps";
import type { Route } from "../platform/http/route";
import { type SecretReader, withSecretSettings } from "../platform/secrets";
import { originCheck, refuseDirectCalls, viewerAddressOf } from "./origin-check";

/** The origin secret CloudFront sends (ORIGIN_VERIFY_SECRET_ARN), read once at cold start. */
async function originSecret(env: Record<string, string | undefined>, read?: SecretReader) {
  const secretId = env.ORIGIN_VERIFY_SECRET_ARN;
  if (!secretId) return undefined;
  if (!read) throw new ConfigError("ORIGIN_VERIFY_SECRET_ARN is set, but this function cannot read secrets");
  const secret = await read(secretId);
  if (!secret) throw new ConfigError("ORIGIN_VERIFY_SECRET_ARN: the secret is empty");
  return secret;
}

/**
 * One Lambda per route group: configuration read and validated once per cold start (awaited at
 * the module's top level), with the secrets it names: the card-payment keys where card payments
 * are taken, and everywhere in AWS the origin secret that proves a request came through CloudFront.
 */
export async function httpHandlerFor(routes: Route[], secrets?: SecretReader) {
  const config = loadConfig(await withSecretSettings(process.env, secrets));
  const deps = createDeps(config);
  const check = originCheck(await originSecret(process.env, secrets));
  const bucketOrigin = `https://${config.bucketName}.s3.${config.region}.amazonaws.com`;
  return refuseDirectCalls(
    check,
    handle(buildApp(deps, routes, { addressOf: viewerAddressOf(check), connectSrc: [bucketOrigin] })),
  );
}
