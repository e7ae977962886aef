import { Stack } from "aws-cdk-lib";
import type * as s3 from "aws-cdk-lib/aws-s3";
import * as cr from "aws-cdk-lib/custom-resources";
import { Construct } from "constructs";
import { acknowledge, basicExecutionRoleFinding, singletonNamed } from "./acknowledge";

export interface DocumentsCorsProps {
  bucket: s3.IBucket;
  /** Exact origins: the distribution's own `https://<id>.cloudfront.net` and the custom domain, if any. */
  origins: string[];
}

/** The CORS rule of the documents bucket: the browser PUTs and GETs presigned URLs, nothing else. */
export function documentsCorsRules(origins: string[]) {
  return [
    {
      AllowedMethods: ["GET", "HEAD", "PUT"],
      AllowedOrigins: origins,
      AllowedHeaders: ["*"],
      ExposeHeaders: ["ETag"],
      MaxAgeSeconds: 3000,
    },
  ];
}

/**
 * Sets the documents bucket's CORS from the App stack. The bucket lives in the Data stack, which
 * is deployed before the distribution exists; naming the distribution's own domain there would
 * be a cross-stack cycle, and a wildcard (`https://*.cloudfront.net`) would trust every
 * distribution in AWS. The call runs again whenever the origins change.
 */
export class DocumentsCors extends Construct {
  readonly resource: cr.AwsCustomResource;

  constructor(scope: Construct, id: string, props: DocumentsCorsProps) {
    super(scope, id);
    const call: cr.AwsSdkCall = {
      service: "S3",
      action: "putBucketCors",
      parameters: {
        Bucket: props.bucket.bucketName,
        CORSConfiguration: { CORSRules: documentsCorsRules(props.origins) },
      },
      physicalResourceId: cr.PhysicalResourceId.of(`documents-cors-${props.bucket.bucketName}`),
    };
    this.resource = new cr.AwsCustomResource(this, "PutBucketCors", {
      onCreate: call,
      onUpdate: call,
      // Deleting the App stack leaves the rule: the documents outlive it, as the bucket does.
      installLatestAwsSdk: false,
      policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: [props.bucket.bucketArn] }),
    });
    const provider = singletonNamed(Stack.of(this), "AWS679f53fac002430cb0da5b7982bd2287");
    if (provider) {
      acknowledge(
        provider,
        basicExecutionRoleFinding,
        "CDK's AwsCustomResource provider (runs only during deploys) logs through AWSLambdaBasicExecutionRole; its own policy allows s3:PutBucketCORS on the documents bucket only",
      );
    }
  }
}
