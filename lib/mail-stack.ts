import { CfnOutput, Stack, type StackProps } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import * as ses from "aws-cdk-lib/aws-ses";
import type { Construct } from "constructs";

export interface MailStackProps extends StackProps {
  stage: string;
  /** Domain verified for sending (DKIM records printed as outputs, to add to DNS by hand). */
  mailDomain: string;
}

/** SES: the sending domain identity and the configuration set every email goes through. */
export class MailStack extends Stack {
  readonly identity: ses.EmailIdentity;
  readonly configurationSet: ses.ConfigurationSet;
  readonly configurationSetName: string;

  constructor(scope: Construct, id: string, props: MailStackProps) {
    super(scope, id, props);

    this.configurationSetName = `domus-${props.stage}`;
    this.configurationSet = new ses.ConfigurationSet(this, "ConfigurationSet", {
      configurationSetName: this.configurationSetName,
      reputationMetrics: true,
      sendingEnabled: true,
      suppressionReasons: ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });

    this.identity = new ses.EmailIdentity(this, "Identity", {
      identity: ses.Identity.domain(props.mailDomain),
      configurationSet: this.configurationSet,
    });

    this.identity.dkimRecords.forEach((record, i) => {
      new CfnOutput(this, `DkimRecord${i + 1}`, {
        description: `CNAME to add to the DNS of ${props.mailDomain}`,
        value: `${record.name} CNAME ${record.value}`,
      });
    });
  }

  /** ses:SendEmail (v1 and v2 API) from the domain identity through the configuration set only. */
  grantSendMail(grantee: iam.IGrantable): iam.Grant {
    return iam.Grant.addToPrincipal({
      grantee,
      actions: ["ses:SendEmail", "ses:SendRawEmail"],
      resourceArns: [
        this.identity.emailIdentityArn,
        this.formatArn({ service: "ses", resource: "configuration-set", resourceName: this.configurationSetName }),
      ],
    });
  }
}
