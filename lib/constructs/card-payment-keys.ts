import { SecretValue } from "aws-cdk-lib";
import * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";
import { acknowledge } from "./acknowledge";

export interface CardPaymentKeysProps {
  stage: string;
}

/**
 * The platform's Stripe keys for card payments, in AWS Secrets Manager (`domus/<stage>/stripe`),
 * as JSON `{"secretKey": "sk_…", "webhookSecret": "whsec_…"}`. The stack creates it with empty
 * values — card payments stay off, as in the demo — and the operator puts the real keys in with
 * `aws secretsmanager put-secret-value`; CloudFormation never sees them, and a later deploy does
 * not overwrite them (the template's initial value does not change). Functions get only the ARN
 * and the right to read it.
 */
export class CardPaymentKeys extends Construct {
  readonly secret: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props: CardPaymentKeysProps) {
    super(scope, id);
    this.secret = new secretsmanager.Secret(this, "Secret", {
      secretName: `domus/${props.stage}/stripe`,
      description: `Domus ${props.stage}: Stripe keys for card payments as JSON with secretKey and webhookSecret; empty values keep card payments off`,
      // Empty placeholders are no secret; the real keys are never in the template.
      secretObjectValue: {
        secretKey: SecretValue.unsafePlainText(""),
        webhookSecret: SecretValue.unsafePlainText(""),
      },
    });
    acknowledge(
      this.secret,
      "AwsSolutions-SMG4",
      "the Stripe keys are issued by Stripe: they are rolled in Stripe's dashboard and then put here by the operator (docs/deploy.md); Secrets Manager cannot rotate them",
    );
  }
}
