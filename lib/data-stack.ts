import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from "aws-cdk-lib";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import * as cwActions from "aws-cdk-lib/aws-cloudwatch-actions";
import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as iam from "aws-cdk-lib/aws-iam";
import * as kms from "aws-cdk-lib/aws-kms";
import type * as lambda from "aws-cdk-lib/aws-lambda";
import * as s3 from "aws-cdk-lib/aws-s3";
import * as sns from "aws-cdk-lib/aws-sns";
import * as subscriptions from "aws-cdk-lib/aws-sns-subscriptions";
import type { Construct } from "constructs";
import { pendingUploadDays, pendingUploadPrefix } from "../functions/platform/model/uploads";
import { acknowledgeWildcardsOf } from "./constructs/acknowledge";
import { privateBucketProps } from "./constructs/private-bucket";

export interface DataStackProps extends StackProps {
  stage: string;
  /** Subscribed to the alarm topic when given (settings require it for a production stage). */
  alarmEmail?: string;
}

/** How long access logs (CloudFront, S3) are kept. */
export const accessLogDays = 90;

/** The table's global secondary indexes; functions may query these by name, no other index. */
export const tableIndexes = ["gsi1", "gsi2"] as const;

/** Item reads and writes (transactions need these per item), as CDK's grantReadWriteData without streams. */
const tableDataActions = [
  "dynamodb:BatchGetItem",
  "dynamodb:GetItem",
  "dynamodb:Query",
  "dynamodb:Scan",
  "dynamodb:ConditionCheckItem",
  "dynamodb:BatchWriteItem",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:DescribeTable",
];

/** How a function may use the documents bucket. */
export type DocumentsAccess = "none" | "read" | "readWrite";

/**
 * Everything that holds data and must outlive a redeploy: the single table, the documents bucket,
 * the one platform KMS key (per-account data keys are made under it), and the alarm topic that
 * every stack reports to.
 */
export class DataStack extends Stack {
  readonly table: dynamodb.Table;
  readonly documents: s3.Bucket;
  /** Access logs of CloudFront and of the buckets. */
  readonly logs: s3.Bucket;
  readonly key: kms.Key;
  readonly alarmTopic: sns.Topic;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);

    this.alarmTopic = new sns.Topic(this, "AlarmTopic", {
      displayName: `Domus ${props.stage} alarms`,
      enforceSSL: true,
    });
    if (props.alarmEmail) {
      this.alarmTopic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));
    }

    this.key = new kms.Key(this, "PlatformKey", {
      description: `Domus ${props.stage}: wraps the per-account and per-person data keys`,
      alias: `alias/domus-${props.stage}`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
      pendingWindow: Duration.days(30),
    });

    this.table = new dynamodb.Table(this, "Table", {
      partitionKey: { name: "pk", type: dynamodb.AttributeType.STRING },
      sortKey: { name: "sk", type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      timeToLiveAttribute: "expiresAt",
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of tableIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index,
        partitionKey: { name: `${index}pk`, type: dynamodb.AttributeType.STRING },
        sortKey: { name: `${index}sk`, type: dynamodb.AttributeType.STRING },
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }

    this.logs = new s3.Bucket(this, "AccessLogs", {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      // CloudFront's standard logs are written under an ACL grant to its log-delivery account.
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      // S3 server access logs can only be delivered to SSE-S3 buckets.
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        {
          id: "expire-logs",
          expiration: Duration.days(accessLogDays),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
    });

    this.documents = new s3.Bucket(this, "Documents", {
      ...privateBucketProps(this.logs, "s3/documents/"),
      // CORS (presigned uploads and downloads from the portal's pages) names the distribution's
      // own origin, which exists only once the App stack is deployed: the App stack sets it.
      lifecycleRules: [
        {
          id: "noncurrent-versions",
          noncurrentVersionExpiration: Duration.days(90),
          noncurrentVersionsToRetain: 3,
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
        { id: "expired-delete-markers", expiredObjectDeleteMarker: true },
        {
          // Presigned uploads wait under pending/ until attached (then copied to their key); one
          // never attached is removed, old versions included (the rule above keeps 3 of them).
          id: "abandoned-uploads",
          prefix: pendingUploadPrefix,
          expiration: Duration.days(pendingUploadDays),
          noncurrentVersionExpiration: Duration.days(1),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
    });

    const action = new cwActions.SnsAction(this.alarmTopic);
    for (const [name, metricName] of [
      ["ReadThrottlesAlarm", "ReadThrottleEvents"],
      ["WriteThrottlesAlarm", "WriteThrottleEvents"],
    ] as const) {
      new cloudwatch.Alarm(this, name, {
        alarmDescription: `Domus ${props.stage} table: ${metricName}`,
        metric: this.table.metric(metricName, { period: Duration.minutes(5), statistic: cloudwatch.Stats.SUM }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }).addAlarmAction(action);
    }
    new cloudwatch.Alarm(this, "SystemErrorsAlarm", {
      alarmDescription: `Domus ${props.stage} table: DynamoDB system errors`,
      metric: this.table.metricSystemErrorsForOperations({
        period: Duration.minutes(5),
        operations: [
          dynamodb.Operation.GET_ITEM,
          dynamodb.Operation.PUT_ITEM,
          dynamodb.Operation.UPDATE_ITEM,
          dynamodb.Operation.QUERY,
          dynamodb.Operation.BATCH_WRITE_ITEM,
          dynamodb.Operation.TRANSACT_WRITE_ITEMS,
        ],
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(action);

    new CfnOutput(this, "TableName", { value: this.table.tableName });
    new CfnOutput(this, "DocumentsBucketName", { value: this.documents.bucketName });
    new CfnOutput(this, "AccessLogsBucketName", { value: this.logs.bucketName });
    new CfnOutput(this, "PlatformKeyArn", { value: this.key.keyArn });
    new CfnOutput(this, "AlarmTopicArn", { value: this.alarmTopic.topicArn });
  }

  /** The function's environment entries for data access (TABLE_NAME, BUCKET_NAME, KMS_KEY_ID). */
  dataEnvironment(): Record<string, string> {
    return {
      TABLE_NAME: this.table.tableName,
      BUCKET_NAME: this.documents.bucketName,
      KMS_KEY_ID: this.key.keyArn,
    };
  }

  /**
   * Least-privilege access for one function: item reads and writes on the table and its indexes
   * (no table administration), envelope-encryption calls on the one key, and object access to the
   * documents bucket as asked.
   */
  grantDataAccess(fn: lambda.Function, documents: DocumentsAccess): void {
    const grantee = fn;
    // The table and its two named indexes, not `index/*`.
    iam.Grant.addToPrincipal({
      grantee,
      actions: tableDataActions,
      resourceArns: [this.table.tableArn, ...tableIndexes.map((index) => `${this.table.tableArn}/index/${index}`)],
    });
    this.key.grant(grantee, "kms:GenerateDataKey", "kms:Decrypt", "kms:Encrypt");
    if (documents === "none") return;
    const objectActions = documents === "read" ? ["s3:GetObject"] : ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"];
    // A policy of its own, so the one wildcard it needs is acknowledged there and nowhere else.
    const objects = new iam.Policy(fn, "DocumentsObjects", {
      statements: [new iam.PolicyStatement({ actions: objectActions, resources: [this.documents.arnForObjects("*")] })],
    });
    if (fn.role) objects.attachToRole(fn.role);
    fn.node.addDependency(objects);
    acknowledgeWildcardsOf(
      objects,
      "documents are keyed by association, unit and document ids decided at run time (and pending/ for uploads), so object access is on the bucket's keys; what a caller may reach is decided per request by the app's access checks",
    );
    // ListBucket lets a missing key answer 404 instead of 403.
    iam.Grant.addToPrincipal({ grantee, actions: ["s3:ListBucket"], resourceArns: [this.documents.bucketArn] });
  }
}
