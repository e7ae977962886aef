import { Duration, RemovalPolicy } from "aws-cdk-lib";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import * as cwActions from "aws-cdk-lib/aws-cloudwatch-actions";
import * as lambda from "aws-cdk-lib/aws-lambda";
import { type BundlingOptions, Charset, NodejsFunction, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import * as logs from "aws-cdk-lib/aws-logs";
import type * as sns from "aws-cdk-lib/aws-sns";
import { Construct } from "constructs";
import { lockFile, repoRoot } from "../paths";

/**
 * Replaces esbuild bundling with ready code — for tests only, so a template can be synthesized
 * before the Lambda entry files exist. Production code never passes it.
 */
export type CodeFor = (entry: string) => lambda.Code;

export const lambdaRuntime = lambda.Runtime.NODEJS_22_X;
export const lambdaArchitecture = lambda.Architecture.ARM_64;

/**
 * esbuild settings shared by every function. Local esbuild (a devDependency) does the work, so no
 * Docker is needed. The AWS SDK v3 clients are bundled (not taken from the runtime): versions are
 * the ones pinned in package-lock.json, and tree-shaking keeps only the clients a function
 * imports.
 */
export const domusBundling: BundlingOptions = {
  minify: true,
  sourceMap: false,
  target: "node22",
  format: OutputFormat.ESM,
  mainFields: ["module", "main"],
  // ESM output still meets CommonJS dependencies that call require() for Node built-ins.
  banner:
    "import { createRequire as __domusCreateRequire } from 'node:module';const require = __domusCreateRequire(import.meta.url);",
  charset: Charset.UTF8,
  externalModules: [],
  bundleAwsSDK: true,
  forceDockerBundling: false,
};

export interface DomusFunctionProps {
  /** Absolute path of the TypeScript entry; it exports `handler`. */
  entry: string;
  description: string;
  environment: Record<string, string>;
  timeout: Duration;
  memorySize?: number;
  logRetention: logs.RetentionDays;
  /** Alarms on errors and throttles notify this topic. */
  alarmTopic: sns.ITopic;
  /** Test-only: skip bundling and use this code. */
  codeFor?: CodeFor;
}

/**
 * One Node.js 22 / arm64 function with its own log group (set retention, removed with the stack)
 * and alarms on errors and throttles.
 */
export class DomusFunction extends Construct {
  readonly fn: lambda.Function;
  readonly alarms: cloudwatch.Alarm[];

  constructor(scope: Construct, id: string, props: DomusFunctionProps) {
    super(scope, id);

    const logGroup = new logs.LogGroup(this, "Logs", {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    const common = {
      description: props.description,
      runtime: lambdaRuntime,
      architecture: lambdaArchitecture,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout,
      environment: props.environment,
      logGroup,
    } satisfies lambda.FunctionOptions & { runtime: lambda.Runtime };

    this.fn = props.codeFor
      ? new lambda.Function(this, "Function", { ...common, code: props.codeFor(props.entry), handler: "index.handler" })
      : new NodejsFunction(this, "Function", {
          ...common,
          entry: props.entry,
          handler: "handler",
          projectRoot: repoRoot,
          depsLockFilePath: lockFile,
          awsSdkConnectionReuse: false,
          bundling: domusBundling,
        });

    const action = new cwActions.SnsAction(props.alarmTopic);
    const period = Duration.minutes(5);
    this.alarms = [
      new cloudwatch.Alarm(this, "ErrorsAlarm", {
        alarmDescription: `${props.description}: invocation errors`,
        metric: this.fn.metricErrors({ period, statistic: cloudwatch.Stats.SUM }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      new cloudwatch.Alarm(this, "ThrottlesAlarm", {
        alarmDescription: `${props.description}: throttled invocations`,
        metric: this.fn.metricThrottles({ period, statistic: cloudwatch.Stats.SUM }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    ];
    for (const alarm of this.alarms) {
      alarm.addAlarmAction(action);
    }
  }
}
