#!/usr/bin/env node
/**
 * CDK app entry (cdk.json: `npx tsx bin/domus.ts`). The only place that reads CDK context and the
 * environment; stacks get typed props. Synthesizes offline: no lookups, local esbuild bundling.
 *
 *   CDK_DISABLE_CLI_TELEMETRY=true npx cdk synth --no-notices
 *   npx cdk deploy --all --context domus:mailFrom=no-reply@example.org --context domus:mailDomain=example.org \
 *     --context domus:alarmEmail=ops@example.org
 */
import { App } from "aws-cdk-lib";
import { buildDomus } from "../lib/domus";
import { type DomusSettings, domusFeatureFlags } from "../lib/settings";

const app = new App({ context: domusFeatureFlags });

function context(key: string): string | undefined {
  const value: unknown = app.node.tryGetContext(key);
  if (value === undefined || value === null || value === "") return undefined;
  return String(value);
}

function required(key: string): string {
  const value = context(key);
  if (value === undefined) throw new Error(`Missing CDK context ${key} (pass --context ${key}=…)`);
  return value;
}

const settings: DomusSettings = {
  stage: context("domus:stage") ?? "prod",
  mailFrom: required("domus:mailFrom"),
  mailDomain: required("domus:mailDomain"),
  appUrl: context("domus:appUrl"),
  domainName: context("domus:domainName"),
  certificateArn: context("domus:certificateArn"),
  alarmEmail: context("domus:alarmEmail"),
  logLevel: context("domus:logLevel") as DomusSettings["logLevel"],
};

const account = process.env.CDK_DEFAULT_ACCOUNT;
const region = process.env.CDK_DEFAULT_REGION;

buildDomus(app, {
  settings,
  env: account || region ? { account, region } : undefined,
});

app.synth();
