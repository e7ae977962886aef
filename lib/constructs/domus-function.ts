import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { AssetHashType, DockerImage, Duration, RemovalPolicy } from "aws-cdk-lib";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import * as cwActions from "aws-cdk-lib/aws-cloudwatch-actions";
import * as iam from "aws-cdk-lib/aws-iam";
import * as lambda from "aws-cdk-lib/aws-lambda";
import * as logs from "aws-cdk-lib/aws-logs";
import type * as sns from "aws-cdk-lib/aws-sns";
import { Construct } from "constructs";
import { repoRoot } from "../paths";
import { acknowledge } from "./acknowledge";

const bundlingCli = join(repoRoot, "lib", "bundling", "cli.ts");

/**
 * Replaces esbuild bundling with ready code — for tests only, so a template can be synthesized
 * before the Lambda entry files exist. Production code never passes it.
 */
export type CodeFor = (entry: string) => lambda.Code;

export const lambdaRuntime = lambda.Runtime.NODEJS_22_X;
export const lambdaArchitecture = lambda.Architecture.ARM_64;

/**
 * Bundles an entry on this machine with the project's esbuild (a devDependency): no Docker. The
 * options live in lib/bundling/lambda-esbuild.ts, shared with the bundle budgets and the bench.
 * The asset hash is the bundle's, so a change anywhere in what the entry imports redeploys it.
 */
function bundledCode(entry: string): lambda.Code {
  const require = createRequire(import.meta.url);
  const tsx = require.resolve("tsx/cli");
  return lambda.Code.fromAsset(join(repoRoot, "functions"), {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      image: DockerImage.fromRegistry("public.ecr.aws/sam/build-nodejs22.x"),
      // CDK reuses one staged asset for every asset with the same source and bundling options, and
      // the entry lives only in the tryBundle closure, which that cache key cannot see: without the
      // entry named here, all five functions would ship the first function's bundle.
      environment: { DOMUS_LAMBDA_ENTRY: relative(repoRoot, entry) },
      local: {
        tryBundle(outputDir) {
          execFileSync(process.execPath, [tsx, bundlingCli, entry, outputDir], { stdio: "inherit", cwd: repoRoot });
          return true;
        },
      },
    },
  });
}

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

    // Its own role that may write to its own log group only, instead of the managed
    // AWSLambdaBasicExecutionRole (CreateLogGroup and PutLogEvents on every log group).
    const role = new iam.Role(this, "Role", {
      description: props.description,
      assumedBy: new iam.ServicePrincipal("lambda.amazonaws.com"),
    });
    logGroup.grantWrite(role);

    const code = props.codeFor ? props.codeFor(props.entry) : bundledCode(props.entry);
    this.fn = new lambda.Function(this, "Function", { ...common, role, code, handler: "index.handler" });
    acknowledge(
      this.fn,
      "AwsSolutions-L1",
      "nodejs22.x on purpose: the bundles are built for node22 (lib/bundling) and tested on it (test/bundles); the runtime moves together with that target, not before",
    );

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
