import type { Template } from "aws-cdk-lib/assertions";
import { routeGroupNames } from "../../../functions/platform/http/route-groups";
import { synthDomus } from "../../infra/helpers";

export type LambdaName = (typeof routeGroupNames)[number] | "jobs";

/** A value in a template: a literal, or a reference CloudFormation resolves at deploy time. */
type TemplateValue = string | Record<string, unknown>;

/** What the synthesized stacks say each function runs with, and what each schedule sends. */
export interface StackFacts {
  environments: Record<LambdaName, Record<string, TemplateValue>>;
  /** The input of every EventBridge Scheduler schedule, as the jobs function receives it. */
  scheduleInputs: unknown[];
}

function variablesOf(template: Template, description: RegExp): Record<string, TemplateValue> {
  const fns = Object.values(template.findResources("AWS::Lambda::Function")) as {
    Properties: { Description?: string; Environment?: { Variables?: Record<string, TemplateValue> } };
  }[];
  const matching = fns.filter((fn) => description.test(fn.Properties.Description ?? ""));
  if (matching.length !== 1)
    throw new Error(`expected one function described ${description}, found ${matching.length}`);
  return matching[0]?.Properties.Environment?.Variables ?? {};
}

function scheduleInputsOf(template: Template): unknown[] {
  const schedules = Object.values(template.findResources("AWS::Scheduler::Schedule")) as {
    Properties: { Target: { Input?: string } };
  }[];
  return schedules.map((s) => JSON.parse(s.Properties.Target.Input ?? "{}"));
}

/** Synthesizes the stacks (functions as inline stand-ins: only their settings are read here). */
export function stackFacts(): StackFacts {
  const domus = synthDomus();
  const environments = {} as StackFacts["environments"];
  for (const group of routeGroupNames)
    environments[group] = variablesOf(domus.app, new RegExp(`API: ${group} routes$`));
  environments.jobs = variablesOf(domus.jobs, /scheduled jobs$/);
  return { environments, scheduleInputs: scheduleInputsOf(domus.jobs) };
}

/**
 * The environment a bundle runs with here: the template's literals as they are, and each value
 * CloudFormation would resolve (table name, bucket, key ARN, secret ARNs, app URL) replaced by its
 * local stand-in's. A variable this table does not know fails the suite, so a new setting in the
 * stack cannot go untested.
 */
export function localEnvironment(
  variables: Record<string, TemplateValue>,
  resolved: Record<string, string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(variables)) {
    if (typeof value === "string") out[name] = value;
    else if (name in resolved) out[name] = resolved[name] as string;
    else throw new Error(`${name} is resolved by CloudFormation (${JSON.stringify(value)}): give it a local value`);
  }
  return out;
}
