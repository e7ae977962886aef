import { RemovalPolicy } from "aws-cdk-lib";
import * as s3 from "aws-cdk-lib/aws-s3";

/**
 * What every Domus bucket that holds the portal's own files shares: no public access, objects
 * owned by the bucket, encrypted, TLS 1.2 only, versioned, kept when the stack goes, and its
 * access logged under `logPrefix` in the log bucket. Each bucket adds its own lifecycle (and CORS).
 */
export function privateBucketProps(logBucket: s3.IBucket, logPrefix: string): s3.BucketProps {
  return {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    versioned: true,
    removalPolicy: RemovalPolicy.RETAIN,
    serverAccessLogsBucket: logBucket,
    serverAccessLogsPrefix: logPrefix,
  };
}
