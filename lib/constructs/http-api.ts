import { Duration } from "aws-cdk-lib";
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import * as apigw from "aws-cdk-lib/aws-apigatewayv2";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import * as cwActions from "aws-cdk-lib/aws-cloudwatch-actions";
import * as logs from "aws-cdk-lib/aws-logs";
import type * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import type * as sns from "aws-cdk-lib/aws-sns";
import { Construct } from "constructs";
import { type RouteGroup, routeGroupNames, routeGroups } from "../../functions/platform/http/route-groups";
import type { DataStack, DocumentsAccess } from "../data-stack";
import type { MailStack } from "../mail-stack";
import { lambdaEntry } from "../paths";
import { acknowledge } from "./acknowledge";
import { type CodeFor, DomusFunction } from "./domus-function";
import { routeKeyOf, routeThrottles, stageThrottle } from "./route-throttles";

/** What each route group's function may touch, and how long it may run. */
export interface RouteGroupRuntime {
  documents: DocumentsAccess;
  sendsMail: boolean;
  /** Reads the card-payment keys (the Stripe secret) at cold start. */
  cardKeys: boolean;
  timeout: Duration;
}

export const routeGroupRuntime: Record<RouteGroup, RouteGroupRuntime> = {
  // Sign-in, invitations, password reset, 2FA: table + key, and mail for invitations/resets.
  // Also the card processor's webhook, whose signature is checked with the webhook secret.
  auth: { documents: "none", sendsMail: true, cardKeys: true, timeout: Duration.seconds(10) },
  // Owner portal: receipts and meter photos go up and come down through presigned URLs.
  // "Pay now" offers the card and opens the processor's checkout with the secret key.
  owner: { documents: "readWrite", sendsMail: false, cardKeys: true, timeout: Duration.seconds(10) },
  // Administration: imports (bank statements, units, readings) and notices may take longer.
  // The card settings screen tells the board whether the platform's keys are set.
  admin: { documents: "readWrite", sendsMail: true, cardKeys: true, timeout: Duration.seconds(29) },
  // Documents and generated PDFs (the payment QR is a bank transfer: no card keys).
  files: { documents: "readWrite", sendsMail: false, cardKeys: false, timeout: Duration.seconds(29) },
};

/** Every API Gateway route key a group owns: `ANY <prefix>`, `ANY <prefix>/{proxy+}`, exact paths. */
export function routePathsOf(group: RouteGroup): string[] {
  const spec = routeGroups[group];
  return [...spec.prefixes.flatMap((prefix) => [prefix, `${prefix}/{proxy+}`]), ...spec.exact];
}

export interface DomusHttpApiProps {
  stage: string;
  data: DataStack;
  mail: MailStack;
  /** Environment shared by every function (MAIL_FROM, APP_URL, LOG_LEVEL, …). */
  environment: Record<string, string>;
  logRetention: logs.RetentionDays;
  alarmTopic: sns.ITopic;
  /** The secret holding the Stripe keys; the functions that take card payments may read it. */
  cardKeys: secretsmanager.ISecret;
  /** The secret CloudFront sends as `x-domus-origin-verify`; every function reads it at cold start. */
  originSecret: secretsmanager.ISecret;
  codeFor?: CodeFor;
}

/** The HTTP API: one function per route group, its routes, access logs and alarms. */
export class DomusHttpApi extends Construct {
  readonly api: apigw.HttpApi;
  readonly stage: apigw.HttpStage;
  readonly functions: Record<RouteGroup, DomusFunction>;
  /** Host name of the API's default endpoint (the CloudFront origin). */
  readonly domainName: string;

  constructor(scope: Construct, id: string, props: DomusHttpApiProps) {
    super(scope, id);

    this.api = new apigw.HttpApi(this, "Api", {
      apiName: `domus-${props.stage}`,
      description: `Domus ${props.stage} HTTP API (reached through CloudFront /api/*)`,
      createDefaultStage: false,
    });
    acknowledge(
      this.api,
      "AwsSolutions-APIG4",
      "the app authorizes every route itself (session cookie, CSRF token, per-route access rules in functions/platform/http/guard.ts); sign-in, invitations and health are public by design; the execute-api endpoint refuses requests without CloudFront's origin secret",
    );

    const accessLogs = new logs.LogGroup(this, "AccessLogs", { retention: props.logRetention });
    this.stage = new apigw.HttpStage(this, "DefaultStage", {
      httpApi: this.api,
      stageName: "$default",
      autoDeploy: true,
      throttle: stageThrottle,
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(accessLogs),
        // No source IP, user agent or path parameters: nothing personal in the logs.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: "$context.requestId",
            time: "$context.requestTimeEpoch",
            routeKey: "$context.routeKey",
            status: "$context.status",
            latency: "$context.responseLatency",
            integrationLatency: "$context.integrationLatency",
            integrationError: "$context.integrationErrorMessage",
          }),
        ),
      },
    });

    const functions = {} as Record<RouteGroup, DomusFunction>;
    const integrations = {} as Record<RouteGroup, HttpLambdaIntegration>;
    for (const group of routeGroupNames) {
      const runtime = routeGroupRuntime[group];
      const fn = new DomusFunction(this, `${capitalize(group)}Function`, {
        entry: lambdaEntry(group),
        description: `Domus ${props.stage} API: ${group} routes`,
        environment: props.environment,
        timeout: runtime.timeout,
        logRetention: props.logRetention,
        alarmTopic: props.alarmTopic,
        codeFor: props.codeFor,
      });
      props.data.grantDataAccess(fn.fn, runtime.documents);
      if (runtime.sendsMail) props.mail.grantSendMail(fn.fn);
      if (runtime.cardKeys) {
        // The ARN, never the keys: the function reads them at cold start (platform/secrets.ts).
        fn.fn.addEnvironment("STRIPE_SECRET_ARN", props.cardKeys.secretArn);
        props.cardKeys.grantRead(fn.fn);
      }
      fn.fn.addEnvironment("ORIGIN_VERIFY_SECRET_ARN", props.originSecret.secretArn);
      props.originSecret.grantRead(fn.fn);

      const integration = new HttpLambdaIntegration(`${capitalize(group)}Integration`, fn.fn);
      for (const path of routePathsOf(group)) {
        this.api.addRoutes({ path, methods: [apigw.HttpMethod.ANY], integration });
      }
      functions[group] = fn;
      integrations[group] = integration;
    }
    this.functions = functions;
    this.throttleRoutes(integrations);

    this.domainName = `${this.api.apiId}.execute-api.${this.api.stack.region}.${this.api.stack.urlSuffix}`;

    new cloudwatch.Alarm(this, "ServerErrorsAlarm", {
      alarmDescription: `Domus ${props.stage} API: 5xx responses`,
      metric: this.api.metricServerError({ period: Duration.minutes(5), statistic: cloudwatch.Stats.SUM }),
      threshold: 5,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new cwActions.SnsAction(props.alarmTopic));
  }

  /**
   * Sign-in, password reset, uploads and imports get route keys of their own with tighter
   * budgets than the stage's, so a flood of one cannot use up what reads need (and the reverse).
   */
  private throttleRoutes(integrations: Record<RouteGroup, HttpLambdaIntegration>): void {
    const cfnStage = this.stage.node.defaultChild as apigw.CfnStage;
    const settings: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> = {};
    for (const throttle of routeThrottles) {
      const routes = this.api.addRoutes({
        path: throttle.path,
        methods: [apigw.HttpMethod[throttle.method]],
        integration: integrations[throttle.group],
      });
      // Route settings may only name routes that exist when the stage is updated.
      for (const route of routes) cfnStage.node.addDependency(route);
      settings[routeKeyOf(throttle)] = {
        ThrottlingRateLimit: throttle.rateLimit,
        ThrottlingBurstLimit: throttle.burstLimit,
      };
    }
    cfnStage.routeSettings = settings;
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
