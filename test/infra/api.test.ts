import { Match } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { routeGroupNames, routeGroups } from "../../functions/platform/http/route-groups";
import { routeKeyOf, routeThrottles } from "../../lib/constructs/route-throttles";
import { resourcesOf, type SynthesizedDomus, synthDomus } from "./helpers";

type Props = Record<string, unknown>;

let s: SynthesizedDomus;
beforeAll(() => {
  s = synthDomus();
});

function jobsFunctions(): [string, Props][] {
  return resourcesOf([s.jobs], "AWS::Lambda::Function").map(([id, r]) => [id, r.Properties as Props]);
}

/** Route-group functions: everything in the App stack with our description (not CDK helpers). */
function groupFunctions(): [string, Props][] {
  return Object.entries(s.app.findResources("AWS::Lambda::Function"))
    .map(([id, r]) => [id, (r as { Properties: Props }).Properties] as [string, Props])
    .filter(([, p]) => typeof p.Description === "string" && p.Description.startsWith("Domus test API:"));
}

describe("AppStack: functions", () => {
  it("has exactly one function per route group, each nodejs22.x on arm64", () => {
    const fns = groupFunctions();
    expect(fns).toHaveLength(routeGroupNames.length);
    for (const group of routeGroupNames) {
      const match = fns.filter(([, p]) => p.Description === `Domus test API: ${group} routes`);
      expect(match, group).toHaveLength(1);
      const props = match[0]![1];
      expect(props.Runtime).toBe("nodejs22.x");
      expect(props.Architectures).toEqual(["arm64"]);
      expect(props.MemorySize).toBe(512);
      expect(props.Timeout).toBeLessThanOrEqual(29);
    }
  });

  it("gives every function the configuration it needs and never sets AWS_REGION", () => {
    const required = [
      "DOMUS_STAGE",
      "TABLE_NAME",
      "BUCKET_NAME",
      "KMS_KEY_ID",
      "MAIL_FROM",
      "MAIL_CONFIGURATION_SET",
      "APP_URL",
      "LOG_LEVEL",
    ];
    const all = [...groupFunctions(), ...jobsFunctions()];
    expect(all).toHaveLength(routeGroupNames.length + 1);
    for (const [id, props] of all) {
      const vars = (props.Environment as { Variables: Record<string, unknown> }).Variables;
      // STRIPE_SECRET_ARN goes to the card-payment functions only (card-keys.test.ts).
      const shared = Object.keys(vars).filter((k) => k !== "STRIPE_SECRET_ARN");
      // The origin secret goes to the API functions, which CloudFront calls (edge.test.ts).
      // The jobs function also gets its queue (jobs.test.ts).
      const expected = id.startsWith("Http")
        ? [...required, "ORIGIN_VERIFY_SECRET_ARN"]
        : [...required, "JOB_QUEUE_URL"];
      expect(shared.sort(), id).toEqual([...expected].sort());
      expect(vars.DOMUS_STAGE).toBe("aws");
      expect(vars.MAIL_FROM).toBe("no-reply@example.org");
    }
  });

  it("sets a retention on every function's log group", () => {
    const groups = resourcesOf([s.app, s.jobs], "AWS::Logs::LogGroup");
    expect(groups.length).toBeGreaterThanOrEqual(routeGroupNames.length + 1);
    for (const [, g] of groups) expect(g.Properties?.RetentionInDays).toBeGreaterThan(0);
    for (const [id, props] of [...groupFunctions(), ...jobsFunctions()]) {
      expect(props.LoggingConfig, id).toHaveProperty("LogGroup");
    }
  });
});

describe("AppStack: HTTP API routes", () => {
  it("maps every prefix (bare and {proxy+}) and every exact path with ANY, plus the throttled routes", () => {
    const routeKeys = Object.values(s.app.findResources("AWS::ApiGatewayV2::Route")).map(
      (r) => (r as { Properties: { RouteKey: string } }).Properties.RouteKey,
    );
    const expected = routeGroupNames.flatMap((g) => [
      ...routeGroups[g].prefixes.flatMap((p) => [`ANY ${p}`, `ANY ${p}/{proxy+}`]),
      ...routeGroups[g].exact.map((p) => `ANY ${p}`),
    ]);
    expect(routeKeys.sort()).toEqual([...expected, ...routeThrottles.map(routeKeyOf)].sort());
  });

  it("sends each group's routes to that group's function", () => {
    const integrations = s.app.findResources("AWS::ApiGatewayV2::Integration");
    expect(Object.keys(integrations)).toHaveLength(routeGroupNames.length);
    const routes = Object.values(s.app.findResources("AWS::ApiGatewayV2::Route")) as {
      Properties: { RouteKey: string; Target: { "Fn::Join": [string, unknown[]] } };
    }[];
    for (const group of routeGroupNames) {
      const integrationIds = Object.entries(integrations)
        .filter(([, r]) => JSON.stringify(r).includes(`Http${group[0]!.toUpperCase()}${group.slice(1)}Function`))
        .map(([id]) => id);
      expect(integrationIds, group).toHaveLength(1);
      for (const prefix of routeGroups[group].prefixes) {
        const route = routes.find((r) => r.Properties.RouteKey === `ANY ${prefix}/{proxy+}`);
        expect(JSON.stringify(route?.Properties.Target)).toContain(integrationIds[0]);
      }
    }
  });

  it("uses the $default stage with throttling and access logs", () => {
    s.app.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      StageName: "$default",
      AutoDeploy: true,
      DefaultRouteSettings: Match.objectLike({ ThrottlingRateLimit: Match.anyValue() }),
      AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
    });
  });
});

describe("IAM: least privilege", () => {
  type Statement = { Effect: string; Action: string | string[]; Resource: unknown };

  function statements(): Statement[] {
    const docs: { Statement: Statement[] }[] = [];
    for (const [, r] of resourcesOf(s.all, "AWS::IAM::Policy")) {
      docs.push(r.Properties?.PolicyDocument as { Statement: Statement[] });
    }
    for (const [, r] of resourcesOf(s.all, "AWS::IAM::Role")) {
      for (const p of (r.Properties?.Policies as { PolicyDocument: { Statement: Statement[] } }[] | undefined) ?? []) {
        docs.push(p.PolicyDocument);
      }
    }
    return docs.flatMap((d) => d.Statement);
  }
  const asArray = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

  it("never grants dynamodb/kms/s3 actions on Resource *", () => {
    const data = statements().filter((st) => asArray(st.Action).some((a) => /^(dynamodb|kms|s3):/.test(a)));
    expect(data.length).toBeGreaterThan(0);
    for (const st of data) {
      expect(asArray(st.Resource), JSON.stringify(st.Action)).not.toContain("*");
    }
  });

  it("never grants a service-wide wildcard action", () => {
    for (const st of statements()) {
      for (const action of asArray(st.Action)) {
        expect(action).not.toMatch(/^(dynamodb|kms|s3|ses|sqs|lambda):\*$/);
        expect(action).not.toBe("*");
      }
    }
  });

  it("grants no table administration", () => {
    for (const st of statements()) {
      for (const action of asArray(st.Action)) {
        expect(action).not.toMatch(/^dynamodb:(CreateTable|DeleteTable|UpdateTable|UpdateTimeToLive|Restore)/);
      }
    }
  });

  /** Every IAM policy of one function (its role's default policy and its documents policy). */
  function policyOf(template: typeof s.app, functionLogicalIdPrefix: string): string {
    const entries = Object.entries(template.findResources("AWS::IAM::Policy")).filter(([id]) =>
      id.startsWith(functionLogicalIdPrefix),
    );
    expect(entries.length, functionLogicalIdPrefix).toBeGreaterThan(0);
    return JSON.stringify(entries.map(([, p]) => p));
  }

  it("gives documents-bucket access to owner, admin, files and jobs, but not auth", () => {
    expect(policyOf(s.app, "HttpAuthFunction")).not.toContain("s3:");
    for (const group of ["Owner", "Admin", "Files"]) {
      const policy = policyOf(s.app, `Http${group}Function`);
      expect(policy).toContain("s3:GetObject");
      expect(policy).toContain("s3:PutObject");
    }
    expect(policyOf(s.jobs, "JobsFunction")).toContain("s3:PutObject");
  });

  it("lets only auth, admin and jobs send email", () => {
    expect(policyOf(s.app, "HttpAuthFunction")).toContain("ses:SendEmail");
    expect(policyOf(s.app, "HttpAdminFunction")).toContain("ses:SendEmail");
    expect(policyOf(s.jobs, "JobsFunction")).toContain("ses:SendEmail");
    expect(policyOf(s.app, "HttpOwnerFunction")).not.toContain("ses:");
    expect(policyOf(s.app, "HttpFilesFunction")).not.toContain("ses:");
  });

  it("grants envelope-encryption calls only", () => {
    const kmsActions = new Set(
      statements()
        .flatMap((st) => asArray(st.Action))
        .filter((a) => a.startsWith("kms:")),
    );
    expect([...kmsActions].sort()).toEqual(["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"]);
  });
});

describe("Alarms", () => {
  it("alarm on errors and throttles of every function, notifying the alarm topic", () => {
    const alarms = resourcesOf([s.app, s.jobs], "AWS::CloudWatch::Alarm").map(([, a]) => a.Properties as Props);
    const lambdaAlarms = alarms.filter((a) => a.Namespace === "AWS/Lambda");
    expect(lambdaAlarms.filter((a) => a.MetricName === "Errors")).toHaveLength(routeGroupNames.length + 1);
    expect(lambdaAlarms.filter((a) => a.MetricName === "Throttles")).toHaveLength(routeGroupNames.length + 1);
    for (const a of alarms) expect(a.AlarmActions).toBeDefined();
  });

  it("alarm on API 5xx responses", () => {
    s.app.hasResourceProperties("AWS::CloudWatch::Alarm", { Namespace: "AWS/ApiGateway", MetricName: "5xx" });
  });
});
