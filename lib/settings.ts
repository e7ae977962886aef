import type { Environment } from "aws-cdk-lib";
import { RetentionDays } from "aws-cdk-lib/aws-logs";

/**
 * Everything the CDK app needs to know about one deployment. `bin/domus.ts` fills it from CDK
 * context; stacks receive it as typed props and never read context themselves.
 */
export interface DomusSettings {
  /** Short lower-case name of the environment, e.g. `prod`; part of every stack and alias name. */
  stage: string;
  /** Sender address of every email; must be on `mailDomain`. */
  mailFrom: string;
  /** Domain verified in SES (DKIM records are printed as stack outputs). */
  mailDomain: string;
  /**
   * Public origin of the portal (e.g. `https://portal.example.org` or the CloudFront URL of an
   * earlier deploy). When absent the functions use `https://<domainName>` if a custom domain is
   * set, else the distribution's own URL.
   */
  appUrl?: string;
  /**
   * Custom host name of the portal (e.g. `portal.example.org`), served by CloudFront with
   * `certificateArn` and TLS 1.2 (TLSv1.2_2021) at least. Both or neither.
   */
  domainName?: string;
  /** ACM certificate for `domainName`; CloudFront only takes certificates from us-east-1. */
  certificateArn?: string;
  /** Address subscribed to the alarm topic; required for a production stage. */
  alarmEmail?: string;
  /** Log level passed to every function (LOG_LEVEL). */
  logLevel?: "debug" | "info" | "warn" | "error";
  /** Retention of the function and access log groups. */
  logRetention?: RetentionDays;
}

/** Feature flags the app opts into (cdk.json holds none); bin and tests use the same set. */
export const domusFeatureFlags: Record<string, unknown> = {
  "@aws-cdk/aws-iam:minimizePolicies": true,
  // Exports between the Domus stacks stay strong: CloudFormation refuses to delete a value a
  // consumer still imports (the current default, made explicit).
  "@aws-cdk/core:defaultCrossStackReferences": "strong",
};

export const defaultLogRetention = RetentionDays.ONE_MONTH;

const stagePattern = /^[a-z][a-z0-9-]{0,19}$/;
const emailPattern = /^[^\s@]+@([^\s@]+\.[^\s@]+)$/;
const hostPattern = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const cloudFrontCertificatePattern = /^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]{36}$/;

/**
 * A production stage must tell someone when an alarm fires: `prod`, `production` and any stage
 * starting with `prod-` (e.g. `prod-pl`).
 */
export function isProductionStage(stage: string): boolean {
  return /^prod(uction)?(-|$)/.test(stage);
}

/** Fails fast with a message naming the bad setting. */
export function validateSettings(settings: DomusSettings): DomusSettings {
  const problems: string[] = [];
  if (!stagePattern.test(settings.stage)) {
    problems.push(`domus:stage "${settings.stage}" must match ${stagePattern}`);
  }
  const from = emailPattern.exec(settings.mailFrom);
  const domain = settings.mailDomain.toLowerCase();
  if (!from) {
    problems.push(`domus:mailFrom "${settings.mailFrom}" is not an email address`);
  } else {
    const fromDomain = (from[1] ?? "").toLowerCase();
    if (fromDomain !== domain && !fromDomain.endsWith(`.${domain}`)) {
      problems.push(`domus:mailFrom "${settings.mailFrom}" is not on domus:mailDomain "${settings.mailDomain}"`);
    }
  }
  if (!/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(settings.mailDomain)) {
    problems.push(`domus:mailDomain "${settings.mailDomain}" is not a domain name`);
  }
  if (settings.appUrl !== undefined) {
    if (!isHttpsOrigin(settings.appUrl)) {
      problems.push(`domus:appUrl "${settings.appUrl}" must be an https origin such as https://portal.example.org`);
    }
  }
  problems.push(...customDomainProblems(settings));
  if (settings.alarmEmail !== undefined && !emailPattern.test(settings.alarmEmail)) {
    problems.push(`domus:alarmEmail "${settings.alarmEmail}" is not an email address`);
  }
  if (settings.alarmEmail === undefined && isProductionStage(settings.stage)) {
    problems.push(
      `domus:alarmEmail is required for the production stage "${settings.stage}": alarms must reach someone (pass --context domus:alarmEmail=ops@example.org)`,
    );
  }
  if (settings.logLevel !== undefined && !["debug", "info", "warn", "error"].includes(settings.logLevel)) {
    problems.push(`domus:logLevel "${settings.logLevel}" must be debug, info, warn or error`);
  }
  if (problems.length > 0) {
    throw new Error(`Domus CDK settings are invalid — ${problems.join("; ")}`);
  }
  const domainName = settings.domainName?.toLowerCase();
  return {
    ...settings,
    domainName,
    appUrl:
      settings.appUrl !== undefined
        ? new URL(settings.appUrl).origin
        : domainName
          ? `https://${domainName}`
          : undefined,
  };
}

function customDomainProblems(settings: DomusSettings): string[] {
  const { domainName, certificateArn } = settings;
  if (domainName === undefined && certificateArn === undefined) return [];
  if (domainName === undefined || certificateArn === undefined) {
    return ["domus:domainName and domus:certificateArn go together: pass both or neither"];
  }
  const problems: string[] = [];
  if (!hostPattern.test(domainName)) problems.push(`domus:domainName "${domainName}" is not a host name`);
  if (!cloudFrontCertificatePattern.test(certificateArn)) {
    problems.push(
      `domus:certificateArn "${certificateArn}" must be an ACM certificate ARN in us-east-1 (CloudFront takes no other region)`,
    );
  }
  return problems;
}

function isHttpsOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.pathname === "/" && !url.search && !url.hash;
  } catch {
    return false;
  }
}

export type { Environment };
