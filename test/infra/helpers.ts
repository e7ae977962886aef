import { join } from "node:path";
import { App } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import * as lambda from "aws-cdk-lib/aws-lambda";
import type { CodeFor } from "../../lib/constructs/domus-function";
import { buildDomus, type DomusStacks } from "../../lib/domus";
import { type DomusSettings, domusFeatureFlags } from "../../lib/settings";

export const fixturesDir = join(import.meta.dirname, "fixtures");
export const fixtureWebDist = join(fixturesDir, "web-dist");

export const testSettings: DomusSettings = {
  stage: "test",
  mailFrom: "no-reply@example.org",
  mailDomain: "example.org",
};

export const testEnv = { account: "123456789012", region: "eu-central-1" };

/** Stands in for esbuild bundles so templates synthesize fast and before the entries exist. */
export const inlineCode: CodeFor = () =>
  lambda.Code.fromInline("exports.handler = async () => ({ statusCode: 200, body: 'inline test code' });");

export interface SynthesizedDomus {
  stacks: DomusStacks;
  edge: Template;
  data: Template;
  mail: Template;
  app: Template;
  jobs: Template;
  all: Template[];
}

export function synthDomus(
  options: { settings?: Partial<DomusSettings>; webDistPath?: string; codeFor?: CodeFor | null } = {},
): SynthesizedDomus {
  const app = new App({ context: domusFeatureFlags });
  const stacks = buildDomus(app, {
    settings: { ...testSettings, ...options.settings },
    env: testEnv,
    webDistPath: options.webDistPath ?? fixtureWebDist,
    codeFor: options.codeFor === null ? undefined : (options.codeFor ?? inlineCode),
  });
  const edge = Template.fromStack(stacks.edge);
  const data = Template.fromStack(stacks.data);
  const mail = Template.fromStack(stacks.mail);
  const appT = Template.fromStack(stacks.app);
  const jobs = Template.fromStack(stacks.jobs);
  return { stacks, edge, data, mail, app: appT, jobs, all: [edge, data, mail, appT, jobs] };
}

/** Every resource of one type across templates, as [logicalId, resource] pairs. */
export function resourcesOf(templates: Template[], type: string): [string, { Properties?: Record<string, unknown> }][] {
  return templates.flatMap((t) => Object.entries(t.findResources(type)));
}
