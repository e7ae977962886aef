import type { App, Environment } from "aws-cdk-lib";
import { Tags } from "aws-cdk-lib";
import { AppStack } from "./app-stack";
import type { CodeFor } from "./constructs/domus-function";
import { DataStack } from "./data-stack";
import { JobsStack } from "./jobs-stack";
import { MailStack } from "./mail-stack";
import { webDistDir } from "./paths";
import { type DomusSettings, defaultLogRetention, validateSettings } from "./settings";

export interface DomusAppProps {
  settings: DomusSettings;
  env?: Environment;
  /** Built web app; defaults to web/dist. Deployment is skipped when it does not exist. */
  webDistPath?: string;
  /** Test-only: code instead of esbuild bundles. */
  codeFor?: CodeFor;
}

export interface DomusStacks {
  data: DataStack;
  mail: MailStack;
  app: AppStack;
  jobs: JobsStack;
}

/** Builds every Domus stack of one stage into `app`. Used by bin/domus.ts and the infra tests. */
export function buildDomus(app: App, props: DomusAppProps): DomusStacks {
  const settings = validateSettings(props.settings);
  const { stage } = settings;
  const env = props.env;
  const logLevel = settings.logLevel ?? "info";
  const logRetention = settings.logRetention ?? defaultLogRetention;
  const prefix = `Domus-${stage}`;

  const data = new DataStack(app, `${prefix}-Data`, {
    env,
    stage,
    appUrl: settings.appUrl,
    alarmEmail: settings.alarmEmail,
    description: `Domus ${stage}: table, documents bucket, platform KMS key, alarm topic`,
    terminationProtection: true,
  });
  const mail = new MailStack(app, `${prefix}-Mail`, {
    env,
    stage,
    mailDomain: settings.mailDomain,
    description: `Domus ${stage}: SES identity and configuration set`,
  });
  const appStack = new AppStack(app, `${prefix}-App`, {
    env,
    stage,
    data,
    mail,
    mailFrom: settings.mailFrom,
    appUrl: settings.appUrl,
    logLevel,
    logRetention,
    webDistPath: props.webDistPath ?? webDistDir,
    codeFor: props.codeFor,
    description: `Domus ${stage}: HTTP API, route-group functions, web bucket and CloudFront`,
  });
  const jobs = new JobsStack(app, `${prefix}-Jobs`, {
    env,
    stage,
    data,
    mail,
    mailFrom: settings.mailFrom,
    appUrl: appStack.appUrl,
    logLevel,
    logRetention,
    codeFor: props.codeFor,
    description: `Domus ${stage}: scheduled jobs (EventBridge Scheduler → Lambda)`,
  });

  Tags.of(app).add("project", "domus");
  Tags.of(app).add("domus:stage", stage);
  return { data, mail, app: appStack, jobs };
}
