import { CfnOutput, Duration, Stack, type StackProps, TimeZone } from "aws-cdk-lib";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import * as cwActions from "aws-cdk-lib/aws-cloudwatch-actions";
import * as iam from "aws-cdk-lib/aws-iam";
import { SqsDestination } from "aws-cdk-lib/aws-lambda-destinations";
import type * as logs from "aws-cdk-lib/aws-logs";
import * as scheduler from "aws-cdk-lib/aws-scheduler";
import * as targets from "aws-cdk-lib/aws-scheduler-targets";
import * as sqs from "aws-cdk-lib/aws-sqs";
import type { Construct } from "constructs";
import { type ScheduleDefinition, schedules, toEventBridgeExpression } from "../functions/jobs/schedules";
import { type CodeFor, DomusFunction } from "./constructs/domus-function";
import type { DataStack } from "./data-stack";
import type { MailStack } from "./mail-stack";
import { lambdaEntry } from "./paths";

export interface JobsStackProps extends StackProps {
  stage: string;
  data: DataStack;
  mail: MailStack;
  mailFrom: string;
  /** APP_URL of the emails the jobs send. */
  appUrl: string;
  logLevel: string;
  logRetention: logs.RetentionDays;
  /** Defaults to the shared list in functions/jobs/schedules.ts. */
  schedules?: readonly ScheduleDefinition[];
  codeFor?: CodeFor;
}

/**
 * The jobs function and one EventBridge Scheduler schedule per shared schedule definition. Every
 * job is idempotent (principle 6), so both the scheduler and Lambda's async invocation retry, and
 * whatever still fails lands in one dead-letter queue with an alarm on it.
 */
export class JobsStack extends Stack {
  readonly jobs: DomusFunction;
  readonly deadLetterQueue: sqs.Queue;
  readonly schedules: scheduler.Schedule[];

  constructor(scope: Construct, id: string, props: JobsStackProps) {
    super(scope, id, props);

    this.deadLetterQueue = new sqs.Queue(this, "DeadLetterQueue", {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });

    this.jobs = new DomusFunction(this, "JobsFunction", {
      entry: lambdaEntry("jobs"),
      description: `Domus ${props.stage} scheduled jobs`,
      environment: {
        DOMUS_STAGE: "aws",
        ...props.data.dataEnvironment(),
        MAIL_FROM: props.mailFrom,
        MAIL_CONFIGURATION_SET: props.mail.configurationSetName,
        APP_URL: props.appUrl,
        LOG_LEVEL: props.logLevel,
      },
      timeout: Duration.minutes(5),
      memorySize: 1024,
      logRetention: props.logRetention,
      alarmTopic: props.data.alarmTopic,
      codeFor: props.codeFor,
    });
    props.data.grantDataAccess(this.jobs.fn, "readWrite");
    props.mail.grantSendMail(this.jobs.fn);
    // Scheduler invokes asynchronously: Lambda retries a failed run twice, then parks the event.
    this.jobs.fn.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: Duration.hours(2),
      onFailure: new SqsDestination(this.deadLetterQueue),
    });

    // One role for all schedules; LambdaInvoke adds lambda:InvokeFunction on the jobs function only
    // (and sqs:SendMessage on the DLQ).
    const role = new iam.Role(this, "SchedulerRole", {
      description: `Domus ${props.stage}: EventBridge Scheduler invokes the jobs function`,
      assumedBy: new iam.ServicePrincipal("scheduler.amazonaws.com", {
        conditions: { StringEquals: { "aws:SourceAccount": this.account } },
      }),
    });

    this.schedules = (props.schedules ?? schedules).map(
      (def) =>
        new scheduler.Schedule(this, `Schedule-${def.id}`, {
          scheduleName: `domus-${props.stage}-${def.id}`,
          description: def.description,
          schedule: scheduler.ScheduleExpression.expression(
            toEventBridgeExpression(def.cron),
            TimeZone.of(def.timezone),
          ),
          target: new targets.LambdaInvoke(this.jobs.fn, {
            role,
            input: scheduler.ScheduleTargetInput.fromObject({ job: def.job }),
            deadLetterQueue: this.deadLetterQueue,
            retryAttempts: 3,
            maxEventAge: Duration.hours(1),
          }),
        }),
    );

    new cloudwatch.Alarm(this, "DeadLetterAlarm", {
      alarmDescription: `Domus ${props.stage}: a scheduled job could not run (see the jobs DLQ)`,
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: cloudwatch.Stats.MAXIMUM,
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new cwActions.SnsAction(props.data.alarmTopic));

    new CfnOutput(this, "JobsFunctionName", { value: this.jobs.fn.functionName });
    new CfnOutput(this, "DeadLetterQueueUrl", { value: this.deadLetterQueue.queueUrl });
  }
}
