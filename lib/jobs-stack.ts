import { type CfnElement, CfnOutput, Duration, Stack, type StackProps, TimeZone } from "aws-cdk-lib";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import * as cwActions from "aws-cdk-lib/aws-cloudwatch-actions";
import * as iam from "aws-cdk-lib/aws-iam";
import { SqsDestination } from "aws-cdk-lib/aws-lambda-destinations";
import { SqsEventSource } from "aws-cdk-lib/aws-lambda-event-sources";
import type * as logs from "aws-cdk-lib/aws-logs";
import * as scheduler from "aws-cdk-lib/aws-scheduler";
import * as targets from "aws-cdk-lib/aws-scheduler-targets";
import type * as sns from "aws-cdk-lib/aws-sns";
import * as sqs from "aws-cdk-lib/aws-sqs";
import type { Construct } from "constructs";
import { type ScheduleDefinition, schedules, toEventBridgeExpression } from "../functions/kernel/schedules";
import { acknowledge } from "./constructs/acknowledge";
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
  /** Job messages worked at once (the worker side's Lambda concurrency); 50 by default. */
  workerConcurrency?: number;
  codeFor?: CodeFor;
}

/** The jobs function's timeout; the job queue's visibility timeout must be at least this. */
const functionTimeout = Duration.minutes(5);
/** Deliveries of a job message before it rests in the dead-letter queue. */
export const jobMaxReceives = 5;

/**
 * The jobs function, one EventBridge Scheduler schedule per shared definition, and the job queue.
 * A schedule invokes the function, which dispatches one message per association to the queue;
 * the same function, fed by the queue in batches, does each association's work and reports the
 * failed messages. SQS delivers a failed message again after the visibility timeout and parks it
 * in the job dead-letter queue after `jobMaxReceives` deliveries. Every job is idempotent
 * (principle 6), so every retry is safe. Both dead-letter queues have an alarm.
 */
export class JobsStack extends Stack {
  readonly jobs: DomusFunction;
  readonly deadLetterQueue: sqs.Queue;
  readonly jobQueue: sqs.Queue;
  readonly jobDeadLetterQueue: sqs.Queue;
  readonly schedules: scheduler.Schedule[];

  constructor(scope: Construct, id: string, props: JobsStackProps) {
    super(scope, id, props);

    this.deadLetterQueue = new sqs.Queue(this, "DeadLetterQueue", {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(
      this.deadLetterQueue,
      "AwsSolutions-SQS3",
      "this queue is the dead-letter queue (of the scheduler targets and of the jobs function's async invocations); a message in it raises the DeadLetterAlarm",
    );

    this.jobDeadLetterQueue = new sqs.Queue(this, "JobDeadLetterQueue", {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.jobQueue = new sqs.Queue(this, "JobQueue", {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // Lambda requires at least the function's timeout; a failed message comes back after this.
      visibilityTimeout: functionTimeout.plus(Duration.minutes(1)),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.jobDeadLetterQueue, maxReceiveCount: jobMaxReceives },
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
        JOB_QUEUE_URL: this.jobQueue.queueUrl,
      },
      timeout: functionTimeout,
      memorySize: 1024,
      logRetention: props.logRetention,
      alarmTopic: props.data.alarmTopic,
      codeFor: props.codeFor,
    });
    props.data.grantDataAccess(this.jobs.fn, "readWrite");
    props.mail.grantSendMail(this.jobs.fn);
    this.jobQueue.grantSendMessages(this.jobs.fn);
    this.jobs.fn.addEventSource(
      new SqsEventSource(this.jobQueue, {
        batchSize: 10,
        maxBatchingWindow: Duration.seconds(1),
        reportBatchItemFailures: true,
        maxConcurrency: props.workerConcurrency ?? 50,
      }),
    );
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

    const jobsId = this.getLogicalId(this.jobs.fn.node.defaultChild as CfnElement);
    acknowledge(
      role,
      `AwsSolutions-IAM5[Resource::<${jobsId}.Arn>:*]`,
      "CDK's LambdaInvoke grant covers the jobs function and its versions (`:*`); nothing else can be invoked",
    );

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

    this.alarmOnFirstMessage(
      "DeadLetterAlarm",
      this.deadLetterQueue,
      `Domus ${props.stage}: a scheduled job could not run (see the jobs DLQ)`,
      props.data.alarmTopic,
    );
    this.alarmOnFirstMessage(
      "JobDeadLetterAlarm",
      this.jobDeadLetterQueue,
      `Domus ${props.stage}: an association's job failed ${jobMaxReceives} times (see the job DLQ; docs/operations.md says how to redrive)`,
      props.data.alarmTopic,
    );

    new CfnOutput(this, "JobQueueUrl", { value: this.jobQueue.queueUrl });
    new CfnOutput(this, "JobDeadLetterQueueUrl", { value: this.jobDeadLetterQueue.queueUrl });
    new CfnOutput(this, "JobsFunctionName", { value: this.jobs.fn.functionName });
    new CfnOutput(this, "DeadLetterQueueUrl", { value: this.deadLetterQueue.queueUrl });
  }

  /** A dead-letter queue is empty when all is well: its first message notifies the alarm topic. */
  private alarmOnFirstMessage(id: string, queue: sqs.Queue, description: string, topic: sns.ITopic): void {
    new cloudwatch.Alarm(this, id, {
      alarmDescription: description,
      metric: queue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: cloudwatch.Stats.MAXIMUM,
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new cwActions.SnsAction(topic));
  }
}
