import { CfnResource, Stack, Validations } from "aws-cdk-lib";
import type { IConstruct } from "constructs";

/**
 * Acknowledges one cdk-nag AwsSolutions finding on a construct and everything under it, with the
 * reason it stands. Put it on the narrowest construct the finding is about; every reason is
 * listed in docs/security.md ("cdk-nag"), which the infra test holds against this code.
 */
export function acknowledge(scope: IConstruct, rule: `AwsSolutions-${string}`, reason: string): void {
  Validations.of(scope).acknowledge({ id: rule, reason });
}

/** cdk-nag's finding id of a role that uses the managed basic-execution policy. */
export const basicExecutionRoleFinding =
  "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]";

/** The CDK singleton helper function of a stack whose id starts with `prefix`, if it was made. */
export function singletonNamed(stackScope: IConstruct, prefix: string): IConstruct | undefined {
  return Stack.of(stackScope).node.children.find((child) => child.node.id.startsWith(prefix));
}

type Resolved = string | { [key: string]: unknown } | unknown[];

/** A resolved value the way cdk-nag names it in a finding: `<Id.Attr>`, `<Id>`, export names. */
function flatten(value: Resolved): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return (value as Resolved[]).map(flatten).join("");
  const [fn, arg] = Object.entries(value)[0] ?? [];
  if (fn === "Fn::Join") {
    const [sep, parts] = arg as [string, Resolved[]];
    return parts.map(flatten).join(sep);
  }
  if (fn === "Fn::ImportValue") return flatten(arg as Resolved);
  if (fn === "Fn::GetAtt") return `<${(arg as string[]).join(".")}>`;
  if (fn === "Ref") return `<${arg as string}>`;
  return JSON.stringify(value);
}

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/**
 * Acknowledges every wildcard (AwsSolutions-IAM5) of the IAM policies under `scope`. cdk-nag
 * names each finding after the resolved action or resource, and a resource in another stack is
 * named after a CloudFormation export that exists only once references are resolved — so the ids
 * are read in a construct validation, which CDK runs after resolving references and before the
 * template is written (and before cdk-nag looks).
 */
export function acknowledgeWildcardsOf(scope: IConstruct, reason: string): void {
  scope.node.addValidation({
    validate: () => {
      const policies = scope.node
        .findAll()
        .filter((c): c is CfnResource => CfnResource.isCfnResource(c) && c.cfnResourceType === "AWS::IAM::Policy");
      for (const policy of policies) {
        const document = Stack.of(policy).resolve(
          (policy as unknown as { policyDocument: unknown }).policyDocument,
        ) as {
          Statement: { Action?: string | string[]; Resource?: Resolved | Resolved[] }[];
        };
        const ids = new Set<string>();
        for (const statement of document.Statement) {
          for (const action of asArray(statement.Action)) if (action.includes("*")) ids.add(`Action::${action}`);
          for (const resource of asArray(statement.Resource)) {
            const name = flatten(resource as Resolved);
            if (name.includes("*")) ids.add(`Resource::${name}`);
          }
        }
        for (const id of ids) acknowledge(policy, `AwsSolutions-IAM5[${id}]`, reason);
      }
      return [];
    },
  });
}
