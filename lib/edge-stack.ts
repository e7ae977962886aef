import { CfnOutput, Stack, type StackProps } from "aws-cdk-lib";
import type { Construct } from "constructs";
import { DomusWebAcl } from "./constructs/web-acl";

/** CloudFront takes its web ACL (and certificate) from us-east-1 only, whatever region the rest uses. */
export const edgeRegion = "us-east-1";

export interface EdgeStackProps extends StackProps {
  stage: string;
}

/**
 * The AWS WAF web ACL of the distribution, in us-east-1. The App stack reads its ARN through a
 * CDK cross-region reference (an SSM parameter written here and read there by small custom
 * resources), so one `cdk deploy --all` deploys both and synth needs no lookup.
 */
export class EdgeStack extends Stack {
  readonly webAcl: DomusWebAcl;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, { ...props, crossRegionReferences: true });
    this.webAcl = new DomusWebAcl(this, "WebAcl", { stage: props.stage });
    new CfnOutput(this, "WebAclArn", { value: this.webAcl.acl.attrArn });
  }
}
