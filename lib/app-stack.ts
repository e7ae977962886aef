import { CfnOutput, Stack, type StackProps } from "aws-cdk-lib";
import type * as logs from "aws-cdk-lib/aws-logs";
import type { Construct } from "constructs";
import { CardPaymentKeys } from "./constructs/card-payment-keys";
import { DocumentsCors } from "./constructs/documents-cors";
import type { CodeFor } from "./constructs/domus-function";
import { DomusHttpApi } from "./constructs/http-api";
import { OriginSecret } from "./constructs/origin-secret";
import { DomusWebFrontend } from "./constructs/web-frontend";
import type { DataStack } from "./data-stack";
import type { MailStack } from "./mail-stack";

export interface AppStackProps extends StackProps {
  stage: string;
  data: DataStack;
  mail: MailStack;
  mailFrom: string;
  /** Public origin; when absent the functions get the distribution URL of this stack. */
  appUrl?: string;
  logLevel: string;
  logRetention: logs.RetentionDays;
  /** Built web app directory; deployment is skipped when it does not exist. */
  webDistPath?: string;
  /** The WAF web ACL of the distribution (Edge stack, us-east-1). */
  webAclArn: string;
  /** Custom host name with its us-east-1 ACM certificate (domus:domainName, domus:certificateArn). */
  customDomain?: { domainName: string; certificateArn: string };
  codeFor?: CodeFor;
}

/**
 * The HTTP API (one function per route group) and the web front end (bucket + CloudFront) in one
 * stack. They are together on purpose: CloudFront needs the API as its `/api/*` origin and the
 * functions need the CloudFront URL as APP_URL; in two stacks that is a cross-stack cycle, in one
 * stack CloudFormation orders it (API → distribution → functions → routes).
 */
export class AppStack extends Stack {
  readonly http: DomusHttpApi;
  readonly web: DomusWebFrontend;
  /** The Stripe keys of card payments (empty until the operator sets them). */
  readonly cardKeys: CardPaymentKeys;
  /** The URL the portal is reached at (context appUrl, else the distribution URL). */
  readonly appUrl: string;

  constructor(scope: Construct, id: string, props: AppStackProps) {
    // The web ACL's ARN comes from us-east-1 (EdgeStack).
    super(scope, id, { ...props, crossRegionReferences: true });

    const environment: Record<string, string> = {
      DOMUS_STAGE: "aws",
      ...props.data.dataEnvironment(),
      MAIL_FROM: props.mailFrom,
      MAIL_CONFIGURATION_SET: props.mail.configurationSetName,
      LOG_LEVEL: props.logLevel,
    };

    this.cardKeys = new CardPaymentKeys(this, "CardPaymentKeys", { stage: props.stage });
    const originSecret = new OriginSecret(this, "OriginSecret", { stage: props.stage });

    this.http = new DomusHttpApi(this, "Http", {
      stage: props.stage,
      data: props.data,
      mail: props.mail,
      environment,
      logRetention: props.logRetention,
      alarmTopic: props.data.alarmTopic,
      cardKeys: this.cardKeys.secret,
      originSecret: originSecret.secret,
      codeFor: props.codeFor,
    });

    this.web = new DomusWebFrontend(this, "Web", {
      stage: props.stage,
      apiDomainName: this.http.domainName,
      documentsBucket: props.data.documents,
      webDistPath: props.webDistPath,
      originSecretValue: originSecret.headerValue(),
      webAclArn: props.webAclArn,
      logBucket: props.data.logs,
      customDomain: props.customDomain,
    });

    // Presigned uploads and downloads are allowed from the portal's own origins only.
    new DocumentsCors(this, "DocumentsCors", {
      bucket: props.data.documents,
      origins: [...new Set([...this.web.origins, ...(props.appUrl ? [props.appUrl] : [])])],
    });

    this.appUrl = props.appUrl ?? this.web.url;
    for (const fn of Object.values(this.http.functions)) {
      fn.fn.addEnvironment("APP_URL", this.appUrl);
    }

    new CfnOutput(this, "AppUrl", { value: this.appUrl });
    new CfnOutput(this, "DistributionUrl", { value: this.web.url });
    new CfnOutput(this, "DistributionId", { value: this.web.distribution.distributionId });
    new CfnOutput(this, "WebBucketName", { value: this.web.bucket.bucketName });
    new CfnOutput(this, "ApiEndpoint", { value: this.http.api.apiEndpoint });
    new CfnOutput(this, "CardPaymentKeysSecret", {
      value: this.cardKeys.secret.secretName,
      description: "Put the Stripe keys here to turn card payments on (docs/deploy.md)",
    });
  }
}
