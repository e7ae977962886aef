import { Match } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { pendingUploadDays } from "../../functions/platform/model/uploads";
import { accessLogDays } from "../../lib/data-stack";
import { resourcesOf, type SynthesizedDomus, synthDomus } from "./helpers";

let s: SynthesizedDomus;
beforeAll(() => {
  s = synthDomus();
});

describe("DataStack: table", () => {
  it("has one table with pk/sk, on-demand billing and AWS-managed encryption", () => {
    s.data.resourceCountIs("AWS::DynamoDB::Table", 1);
    s.data.hasResourceProperties("AWS::DynamoDB::Table", {
      KeySchema: [
        { AttributeName: "pk", KeyType: "HASH" },
        { AttributeName: "sk", KeyType: "RANGE" },
      ],
      BillingMode: "PAY_PER_REQUEST",
      SSESpecification: { SSEEnabled: true },
    });
  });

  it("has point-in-time recovery, deletion protection and the TTL attribute", () => {
    s.data.hasResourceProperties("AWS::DynamoDB::Table", {
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
      TimeToLiveSpecification: { AttributeName: "expiresAt", Enabled: true },
    });
  });

  it("has gsi1 and gsi2 with their own key attributes", () => {
    s.data.hasResourceProperties("AWS::DynamoDB::Table", {
      GlobalSecondaryIndexes: Match.arrayWith(
        ["gsi1", "gsi2"].map((name) =>
          Match.objectLike({
            IndexName: name,
            KeySchema: [
              { AttributeName: `${name}pk`, KeyType: "HASH" },
              { AttributeName: `${name}sk`, KeyType: "RANGE" },
            ],
          }),
        ),
      ),
    });
  });

  it("is retained on stack deletion and replacement", () => {
    s.data.hasResource("AWS::DynamoDB::Table", { DeletionPolicy: "Retain", UpdateReplacePolicy: "Retain" });
  });

  it("raises alarms on read and write throttles", () => {
    for (const metric of ["ReadThrottleEvents", "WriteThrottleEvents"]) {
      s.data.hasResourceProperties("AWS::CloudWatch::Alarm", {
        Namespace: "AWS/DynamoDB",
        MetricName: metric,
        AlarmActions: Match.anyValue(),
      });
    }
  });
});

type BucketResource = { Properties: Record<string, unknown> };
const bucketNamed = (prefix: string) => {
  const found = resourcesOf([s.data], "AWS::S3::Bucket").filter(([id]) => id.startsWith(prefix));
  expect(found, prefix).toHaveLength(1);
  return found[0] as [string, BucketResource];
};
const documentsBucket = () => bucketNamed("Documents")[1];
const logBucketId = () => bucketNamed("AccessLogs")[0];

describe("DataStack: access-log bucket", () => {
  it("is private, encrypted, TLS-only, retained and expires logs after 90 days", () => {
    const [id, bucket] = bucketNamed("AccessLogs");
    const props = bucket.Properties;
    expect(props.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
    });
    expect(props.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    // CloudFront's standard logs arrive with an ACL grant; the bucket owner still owns them.
    expect(props.OwnershipControls).toEqual({ Rules: [{ ObjectOwnership: "BucketOwnerPreferred" }] });
    expect(JSON.stringify(props.LifecycleConfiguration)).toContain(`"ExpirationInDays":${accessLogDays}`);
    expect(accessLogDays).toBe(90);
    expect(s.data.toJSON().Resources[id].DeletionPolicy).toBe("Retain");
    const policies = Object.values(s.data.findResources("AWS::S3::BucketPolicy")).filter(
      (p) => JSON.stringify((p as BucketResource).Properties.Bucket) === JSON.stringify({ Ref: id }),
    );
    expect(JSON.stringify(policies)).toContain('"aws:SecureTransport":"false"');
    // S3 server access logs and CloudFront's standard logs are delivered under the bucket's ACL.
    expect(props.AccessControl).toBe("LogDeliveryWrite");
  });
});

describe("DataStack: documents bucket", () => {
  it("is private, versioned, encrypted, TLS-only and retained", () => {
    // The documents and the access logs.
    s.data.resourceCountIs("AWS::S3::Bucket", 2);
    s.data.hasResource("AWS::S3::Bucket", {
      DeletionPolicy: "Retain",
      Properties: Match.objectLike({
        VersioningConfiguration: { Status: "Enabled" },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
        },
      }),
    });
    s.data.hasResourceProperties("AWS::S3::BucketPolicy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
        ]),
      },
    });
  });

  it("expires noncurrent versions and logs access to the log bucket", () => {
    const props = documentsBucket().Properties;
    expect(JSON.stringify(props.LifecycleConfiguration)).toContain('"NoncurrentDays":90');
    expect(props.LoggingConfiguration).toEqual({
      DestinationBucketName: { Ref: logBucketId() },
      LogFilePrefix: "s3/documents/",
    });
    // CORS names the distribution, which the App stack knows: it is set there (web.test.ts).
    expect(props.CorsConfiguration).toBeUndefined();
  });

  it("expires uploads never attached (everything under pending/), old versions included", () => {
    const bucket = documentsBucket();
    const rules = (bucket.Properties.LifecycleConfiguration as { Rules: Record<string, unknown>[] }).Rules;
    const pending = rules.filter(
      (r) => (r.Prefix ?? (r.Filter as { Prefix?: string } | undefined)?.Prefix) === "pending/",
    );
    expect(pending).toEqual([
      expect.objectContaining({
        Id: "abandoned-uploads",
        Status: "Enabled",
        ExpirationInDays: pendingUploadDays,
        NoncurrentVersionExpiration: { NoncurrentDays: 1 },
        AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
      }),
    ]);
    expect(pendingUploadDays).toBeGreaterThanOrEqual(1);
    expect(pendingUploadDays).toBeLessThanOrEqual(2);
    // No other rule expires current objects: attached documents and photos are kept.
    expect(rules.filter((r) => r.ExpirationInDays !== undefined)).toHaveLength(1);
  });

  it("gives the functions the app origin as APP_URL when domus:appUrl is given", () => {
    const custom = synthDomus({ settings: { appUrl: "https://portal.example.org/" } });
    for (const fn of resourcesOf([custom.app, custom.jobs], "AWS::Lambda::Function")) {
      const vars = (fn[1].Properties?.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables;
      if (vars?.DOMUS_STAGE) expect(vars.APP_URL).toBe("https://portal.example.org");
    }
  });
});

describe("DataStack: KMS key", () => {
  it("is the only KMS key in the whole app, rotated, aliased and retained", () => {
    const keys = resourcesOf(s.all, "AWS::KMS::Key");
    expect(keys).toHaveLength(1);
    s.data.hasResource("AWS::KMS::Key", {
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
      Properties: Match.objectLike({ EnableKeyRotation: true }),
    });
    s.data.hasResourceProperties("AWS::KMS::Alias", { AliasName: "alias/domus-test" });
  });
});
