import { beforeAll, describe, expect, it } from "vitest";
import { resourcesOf, type SynthesizedDomus, synthDomus } from "./helpers";

/**
 * Card payments in AWS: the Stripe keys live in one Secrets Manager secret the App stack creates
 * empty; only the functions that take card payments get its ARN and may read it, and the keys
 * themselves appear in no template, environment or output.
 */
type Props = Record<string, unknown>;
type Statement = { Effect: string; Action: string | string[]; Resource: unknown };

let s: SynthesizedDomus;
let secretId: string;
beforeAll(() => {
  s = synthDomus();
  secretId =
    Object.entries(s.app.findResources("AWS::SecretsManager::Secret")).find(
      ([, r]) => (r as { Properties: Props }).Properties.Name === "domus/test/stripe",
    )?.[0] ?? "";
});

const asArray = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

function functionsByGroup(): Record<string, Props> {
  const out: Record<string, Props> = {};
  for (const [, r] of resourcesOf([s.app, s.jobs], "AWS::Lambda::Function")) {
    const p = r.Properties as Props;
    const m = /^Domus test (?:API: (\w+) routes|scheduled jobs)/.exec(String(p.Description));
    if (m) out[m[1] ?? "jobs"] = p;
  }
  return out;
}

const statementsOf = (policy: { Properties?: Record<string, unknown> }): Statement[] =>
  (policy.Properties?.PolicyDocument as { Statement?: Statement[] } | undefined)?.Statement ?? [];

function policyStatementsOf(logicalIdPrefix: string): Statement[] {
  return resourcesOf([s.app, s.jobs], "AWS::IAM::Policy")
    .filter(([id]) => id.startsWith(logicalIdPrefix))
    .flatMap(([, r]) => statementsOf(r));
}

const canRead = (statements: Statement[]) =>
  statements.some(
    (st) =>
      asArray(st.Action).includes("secretsmanager:GetSecretValue") &&
      asArray(st.Resource as unknown).some((r) => JSON.stringify(r) === JSON.stringify({ Ref: secretId })),
  );

describe("card-payment keys", () => {
  it("are one secret, created empty, named after the stage", () => {
    // The other secret of the app is CloudFront's origin secret (web.test.ts).
    const secrets = resourcesOf(s.all, "AWS::SecretsManager::Secret").filter(
      ([, r]) => (r.Properties as Props).Name !== "domus/test/origin-verify",
    );
    expect(secrets).toHaveLength(1);
    const props = secrets[0]?.[1].Properties as Props;
    expect(props.Name).toBe("domus/test/stripe");
    expect(JSON.parse(String(props.SecretString))).toEqual({ secretKey: "", webhookSecret: "" });
    expect(props.GenerateSecretString).toBeUndefined();
  });

  it("are named by ARN to the auth, owner and admin functions only", () => {
    const fns = functionsByGroup();
    expect(Object.keys(fns).sort()).toEqual(["admin", "auth", "files", "jobs", "owner"]);
    for (const [group, p] of Object.entries(fns)) {
      const vars = (p.Environment as { Variables: Record<string, unknown> }).Variables;
      const expected = ["auth", "owner", "admin"].includes(group) ? { Ref: secretId } : undefined;
      expect(vars.STRIPE_SECRET_ARN, group).toEqual(expected);
    }
  });

  it("may be read by the auth, owner and admin functions only, and never through a wildcard", () => {
    for (const group of ["Auth", "Owner", "Admin"]) {
      expect(canRead(policyStatementsOf(`Http${group}Function`)), group).toBe(true);
    }
    for (const prefix of ["HttpFilesFunction", "JobsFunction"]) {
      const statements = policyStatementsOf(prefix);
      expect(statements.length, prefix).toBeGreaterThan(0);
      expect(canRead(statements), prefix).toBe(false);
    }
    expect(JSON.stringify(policyStatementsOf("JobsFunction"))).not.toContain("secretsmanager:");
    const all = resourcesOf(s.all, "AWS::IAM::Policy").flatMap(([, r]) => statementsOf(r));
    for (const st of all.filter((x) => asArray(x.Action).some((a) => a.startsWith("secretsmanager:")))) {
      expect(asArray(st.Action).sort()).toEqual(["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"]);
      expect(asArray(st.Resource)).not.toContain("*");
    }
  });

  it("never appear as values: no key variables, no key-shaped strings in any template", () => {
    for (const template of s.all) {
      const text = JSON.stringify(template.toJSON());
      expect(text).not.toMatch(/STRIPE_SECRET_KEY|STRIPE_WEBHOOK_SECRET/);
      expect(text).not.toMatch(/\b(sk|rk)_(test|live)_|whsec_/);
    }
  });

  it("tell the operator where to put the keys", () => {
    const outputs = s.app.toJSON().Outputs as Record<string, { Value: unknown }>;
    expect(outputs.CardPaymentKeysSecret).toBeDefined();
  });
});
