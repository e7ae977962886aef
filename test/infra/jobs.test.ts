import { Match } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { schedules, toEventBridgeExpression } from "../../functions/kernel/schedules";
import { jobMaxReceives } from "../../lib/jobs-stack";
import { type SynthesizedDomus, synthDomus } from "./helpers";

let s: SynthesizedDomus;
beforeAll(() => {
  s = synthDomus();
});

type ScheduleProps = {
  Name: string;
  ScheduleExpression: string;
  ScheduleExpressionTimezone: string;
  State: string;
  Target: {
    Arn: unknown;
    Input: string;
    RoleArn: unknown;
    RetryPolicy?: { MaximumRetryAttempts: number };
    DeadLetterConfig?: { Arn: unknown };
  };
};

function scheduleProps(): ScheduleProps[] {
  return Object.values(s.jobs.findResources("AWS::Scheduler::Schedule")).map(
    (r) => (r as { Properties: ScheduleProps }).Properties,
  );
}

describe("JobsStack", () => {
  it("has one jobs function, nodejs22.x on arm64", () => {
    s.jobs.resourceCountIs("AWS::Lambda::Function", 1);
    s.jobs.hasResourceProperties("AWS::Lambda::Function", { Runtime: "nodejs22.x", Architectures: ["arm64"] });
  });

  it("has one schedule per shared definition with its expression, time zone and job input", () => {
    const rendered = scheduleProps();
    expect(rendered).toHaveLength(schedules.length);
    for (const def of schedules) {
      const match = rendered.filter((p) => p.Name === `domus-test-${def.id}`);
      expect(match, def.id).toHaveLength(1);
      const p = match[0]!;
      expect(p.ScheduleExpression).toBe(toEventBridgeExpression(def.cron));
      expect(p.ScheduleExpressionTimezone).toBe(def.timezone);
      expect(p.State).toBe("ENABLED");
      expect(JSON.parse(p.Target.Input)).toEqual({ job: def.job });
    }
  });

  it("targets the jobs function through one role with a retry policy and a dead-letter queue", () => {
    const rendered = scheduleProps();
    const roles = new Set(rendered.map((p) => JSON.stringify(p.Target.RoleArn)));
    expect(roles.size).toBe(1);
    for (const p of rendered) {
      expect(JSON.stringify(p.Target.Arn)).toContain("JobsFunction");
      expect(p.Target.RetryPolicy?.MaximumRetryAttempts).toBeGreaterThan(0);
      expect(JSON.stringify(p.Target.DeadLetterConfig?.Arn)).toContain("DeadLetterQueue");
    }
  });

  it("lets the scheduler role invoke the jobs function only", () => {
    s.jobs.hasResourceProperties("AWS::IAM::Role", {
      AssumeRolePolicyDocument: {
        Statement: [Match.objectLike({ Principal: { Service: "scheduler.amazonaws.com" } })],
      },
    });
    const policies = Object.entries(s.jobs.findResources("AWS::IAM::Policy")).filter(([id]) =>
      id.startsWith("SchedulerRole"),
    );
    expect(policies).toHaveLength(1);
    const statements = (
      policies[0]![1] as { Properties: { PolicyDocument: { Statement: { Action: string; Resource: unknown }[] } } }
    ).Properties.PolicyDocument.Statement;
    const invoke = statements.filter((st) => st.Action === "lambda:InvokeFunction");
    expect(invoke).toHaveLength(1);
    expect(JSON.stringify(invoke[0]!.Resource)).toContain("JobsFunction");
    expect(JSON.stringify(invoke[0]!.Resource)).not.toMatch(/"\*"/);
    expect(statements.map((st) => st.Action).sort()).toEqual(["lambda:InvokeFunction", "sqs:SendMessage"]);
  });

  it("retries failed asynchronous runs and parks them in the dead-letter queue, with an alarm", () => {
    s.jobs.hasResourceProperties("AWS::Lambda::EventInvokeConfig", {
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
    s.jobs.hasResourceProperties("AWS::SQS::Queue", { SqsManagedSseEnabled: true });
    s.jobs.hasResourceProperties("AWS::CloudWatch::Alarm", {
      Namespace: "AWS/SQS",
      MetricName: "ApproximateNumberOfMessagesVisible",
    });
  });

  it("fans nightly work out on a job queue: batches to the jobs function, partial failures, a DLQ with an alarm", () => {
    s.jobs.resourceCountIs("AWS::SQS::Queue", 3);
    const queues = s.jobs.findResources("AWS::SQS::Queue", {
      Properties: { RedrivePolicy: Match.objectLike({ maxReceiveCount: jobMaxReceives }) },
    });
    expect(Object.keys(queues)).toHaveLength(1);
    const [queueId, queue] = Object.entries(queues)[0]!;
    const props = (
      queue as { Properties: { VisibilityTimeout: number; RedrivePolicy: { deadLetterTargetArn: unknown } } }
    ).Properties;
    // Lambda refuses a visibility timeout shorter than the function's (300 s).
    expect(props.VisibilityTimeout).toBeGreaterThanOrEqual(300);
    expect(JSON.stringify(props.RedrivePolicy.deadLetterTargetArn)).toContain("JobDeadLetterQueue");
    s.jobs.hasResourceProperties("AWS::Lambda::EventSourceMapping", {
      EventSourceArn: { "Fn::GetAtt": [queueId, "Arn"] },
      BatchSize: 10,
      FunctionResponseTypes: ["ReportBatchItemFailures"],
      ScalingConfig: { MaximumConcurrency: 50 },
    });
    s.jobs.hasResourceProperties("AWS::Lambda::Function", {
      Environment: { Variables: Match.objectLike({ JOB_QUEUE_URL: { Ref: queueId } }) },
    });
    const alarms = Object.values(s.jobs.findResources("AWS::CloudWatch::Alarm")).filter((a) =>
      JSON.stringify(a).includes("JobDeadLetterQueue"),
    );
    expect(alarms).toHaveLength(1);
  });
});
