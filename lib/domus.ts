import type { App, Environment } from "aws-cdk-lib";
import { Tags } from "aws-cdk-lib";
import { AppStack } from "./app-stack";
import type { CodeFor } from "./constructs/domus-function";
import { DataStack } from "./data-stack";
import { EdgeStack, edgeRegion } from "./edge-stack";
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
  edge: EdgeStack;
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
  if (!env?.region) {
    // The web ACL lives in us-east-1 and the App stack reads its ARN across regions: both need
    // a known region. The CDK CLI always sets one (CDK_DEFAULT_REGION, us-east-1 at worst).
    throw new Error("Domus needs the target region: run through the CDK CLI, or set CDK_DEFAULT_REGION / AWS_REGION");
  }

  const edge = new EdgeStack(app, `${prefix}-Edge`, {
    env: { account: env.account, region: edgeRegion },
    stage,
    description: `Domus ${stage}: AWS WAF web ACL of the distribution (us-east-1)`,
  });

  const data = new DataStack(app, `${prefix}-Data`, {
    env,
    stage,
    alarmEmail: settings.alarmEmail,
    description: `Domus ${stage}: table, documents and access-log buckets, platform KMS key, alarm topic`,
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
    webAclArn: edge.webAcl.acl.attrArn,
    customDomain:
      settings.domainName && settings.certificateArn
        ? { domainName: settings.domainName, certificateArn: settings.certificateArn }
        : undefined,
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
  return { edge, data, mail, app: appStack, jobs };
}
