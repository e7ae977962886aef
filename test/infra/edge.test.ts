import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { originVerifyHeader } from "../../functions/lambda/origin-check";
import { allContracts } from "../../functions/routes";
import { routeKeyOf, routeThrottles, stageThrottle } from "../../lib/constructs/route-throttles";
import { credentialPaths, managedRuleGroups, wafRateLimits } from "../../lib/constructs/web-acl";
import { apiForwardedHeaders } from "../../lib/constructs/web-frontend";
import { repoRoot } from "../../lib/paths";
import { resourcesOf, type SynthesizedDomus, synthDomus } from "./helpers";

/**
 * The AWS edge (issue 12, items 17–19): CloudFront is the only way in (origin secret), forwards
 * the viewer's address, sits behind a WAF, serves a custom domain with TLS 1.2, logs access, and
 * the documents bucket trusts the distribution's own origin only.
 */
type Props = Record<string, unknown>;
type Config = {
  Origins: { Id: string; DomainName: unknown; OriginCustomHeaders?: { HeaderName: string; HeaderValue: unknown }[] }[];
  CacheBehaviors: { PathPattern: string; TargetOriginId: string; OriginRequestPolicyId: unknown }[];
  WebACLId?: unknown;
  Logging?: { Bucket: unknown; Prefix: string };
  Aliases?: string[];
  ViewerCertificate?: Props;
};

const certificateArn = "arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012";

let s: SynthesizedDomus;
let custom: SynthesizedDomus;
beforeAll(() => {
  s = synthDomus();
  custom = synthDomus({ settings: { domainName: "Portal.Example.org", certificateArn } });
});

function distributionOf(t: SynthesizedDomus): Config {
  const [d] = Object.values(t.app.findResources("AWS::CloudFront::Distribution")) as {
    Properties: { DistributionConfig: Config };
  }[];
  return d!.Properties.DistributionConfig;
}

function originSecretId(t: SynthesizedDomus): string {
  const entry = Object.entries(t.app.findResources("AWS::SecretsManager::Secret")).find(
    ([, r]) => (r as { Properties: Props }).Properties.Name === "domus/test/origin-verify",
  );
  expect(entry).toBeDefined();
  return entry![0];
}

function apiFunctions(t: SynthesizedDomus): [string, Props][] {
  return Object.entries(t.app.findResources("AWS::Lambda::Function"))
    .map(([id, r]) => [id, (r as { Properties: Props }).Properties] as [string, Props])
    .filter(([, p]) => String(p.Description).startsWith("Domus test API:"));
}

describe("item 17: only CloudFront reaches the API, and it forwards the viewer's address", () => {
  it("adds the origin secret header to the API origin, from a secret generated at deploy", () => {
    const secretId = originSecretId(s);
    const secret = s.app.toJSON().Resources[secretId].Properties as Props;
    expect(secret.GenerateSecretString).toMatchObject({ PasswordLength: 64, ExcludePunctuation: true });
    expect(secret.SecretString).toBeUndefined();
    const config = distributionOf(s);
    const api = config.CacheBehaviors.find((b) => b.PathPattern === "/api/*")!;
    const origin = config.Origins.find((o) => o.Id === api.TargetOriginId)!;
    expect(origin.OriginCustomHeaders).toHaveLength(1);
    const header = origin.OriginCustomHeaders![0]!;
    expect(header.HeaderName).toBe(originVerifyHeader);
    // A CloudFormation dynamic reference: the value is in no template.
    expect(JSON.stringify(header.HeaderValue)).toContain("{{resolve:secretsmanager:");
    expect(JSON.stringify(header.HeaderValue)).toContain(secretId);
  });

  it("gives every API function the secret's ARN and the right to read it", () => {
    const secretId = originSecretId(s);
    const fns = apiFunctions(s);
    expect(fns).toHaveLength(4);
    for (const [id, p] of fns) {
      const vars = (p.Environment as { Variables: Props }).Variables;
      expect(vars.ORIGIN_VERIFY_SECRET_ARN, id).toEqual({ Ref: secretId });
      const policies = resourcesOf([s.app], "AWS::IAM::Policy").filter(([pid]) => pid.startsWith(id.slice(0, -16)));
      expect(JSON.stringify(policies), id).toContain(`"secretsmanager:GetSecretValue"`);
      expect(JSON.stringify(policies), id).toContain(`{"Ref":"${secretId}"}`);
    }
  });

  it("forwards CloudFront-Viewer-Address and never Host, with all cookies and query strings", () => {
    const [policy] = Object.values(s.app.findResources("AWS::CloudFront::OriginRequestPolicy")) as {
      Properties: { OriginRequestPolicyConfig: Props };
    }[];
    const config = policy!.Properties.OriginRequestPolicyConfig as {
      HeadersConfig: { HeaderBehavior: string; Headers: string[] };
      CookiesConfig: { CookieBehavior: string };
      QueryStringsConfig: { QueryStringBehavior: string };
    };
    expect(config.HeadersConfig.HeaderBehavior).toBe("whitelist");
    const headers = config.HeadersConfig.Headers.map((h) => h.toLowerCase());
    expect(headers).toContain("cloudfront-viewer-address");
    expect(headers).not.toContain("host");
    expect(headers.length).toBeLessThanOrEqual(10); // CloudFront's quota of headers per policy
    expect(config.CookiesConfig.CookieBehavior).toBe("all");
    expect(config.QueryStringsConfig.QueryStringBehavior).toBe("all");
  });

  it("forwards every request header the functions read", () => {
    // Not viewer headers: the request id is the app's own, the origin secret is CloudFront's.
    const notForwarded = new Set(["x-request-id", originVerifyHeader]);
    const forwarded = new Set(apiForwardedHeaders.map((h) => h.toLowerCase()));
    const read = new Set<string>();
    for (const file of sourceFiles(join(repoRoot, "functions"))) {
      for (const m of readFileSync(file, "utf8").matchAll(/\.header\(\s*["']([A-Za-z0-9-]+)["']\s*\)/g)) {
        read.add(m[1]!.toLowerCase());
      }
    }
    expect(read.size).toBeGreaterThan(5);
    const missing = [...read].filter((h) => !forwarded.has(h) && !notForwarded.has(h));
    expect(missing).toEqual([]);
  });
});

/** Request-serving sources: not the local runtime (Node's own server), not tests. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return relative(repoRoot, path) === join("functions", "local") ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("item 18: a WAF on the distribution and per-route throttles", () => {
  it("creates the web ACL in us-east-1 (CLOUDFRONT scope) and attaches it to the distribution", () => {
    expect(s.stacks.edge.region).toBe("us-east-1");
    const acls = resourcesOf([s.edge], "AWS::WAFv2::WebACL");
    expect(acls).toHaveLength(1);
    const [aclId, acl] = acls[0]!;
    expect(acl.Properties?.Scope).toBe("CLOUDFRONT");
    expect(acl.Properties?.DefaultAction).toEqual({ Allow: {} });
    // The App stack (eu-central-1) reads the ARN through CDK's cross-region reference.
    const webAclId = JSON.stringify(distributionOf(s).WebACLId);
    expect(webAclId).toContain("ExportsReader");
    expect(webAclId).toContain(aclId);
  });

  it("runs AWS's IP reputation, common and known-bad-inputs rule groups", () => {
    const rules = resourcesOf([s.edge], "AWS::WAFv2::WebACL")[0]![1].Properties?.Rules as {
      Name: string;
      Priority: number;
      Statement: Props;
      OverrideAction?: Props;
    }[];
    const managed = rules.filter((r) => "ManagedRuleGroupStatement" in r.Statement);
    expect(managed.map((r) => (r.Statement.ManagedRuleGroupStatement as { Name: string }).Name).sort()).toEqual(
      [...managedRuleGroups].sort(),
    );
    for (const r of managed) {
      expect(r.OverrideAction).toEqual({ None: {} });
      expect((r.Statement.ManagedRuleGroupStatement as { VendorName: string }).VendorName).toBe("AWS");
    }
    expect(new Set(rules.map((r) => r.Priority)).size).toBe(rules.length);
  });

  it("limits requests per address, credentials far tighter than everything else", () => {
    const rules = resourcesOf([s.edge], "AWS::WAFv2::WebACL")[0]![1].Properties?.Rules as {
      Name: string;
      Action: Props;
      Statement: { RateBasedStatement?: { Limit: number; AggregateKeyType: string; ScopeDownStatement?: Props } };
    }[];
    const rate = rules.filter((r) => r.Statement.RateBasedStatement);
    expect(rate).toHaveLength(2);
    for (const r of rate) {
      expect(r.Statement.RateBasedStatement!.AggregateKeyType).toBe("IP");
      expect(r.Action).toEqual({ Block: { CustomResponse: { ResponseCode: 429 } } });
    }
    const scoped = rate.find((r) => r.Statement.RateBasedStatement!.ScopeDownStatement)!;
    expect(scoped.Statement.RateBasedStatement!.Limit).toBe(wafRateLimits.credentials);
    const scope = JSON.stringify(scoped.Statement.RateBasedStatement!.ScopeDownStatement);
    for (const path of credentialPaths) expect(scope).toContain(path);
    expect(scope).toContain('"SearchString":"POST"');
    expect(wafRateLimits.credentials * 10).toBeLessThanOrEqual(wafRateLimits.everything);
  });

  it("throttles sign-in, password reset, uploads and imports on their own routes, tighter than reads", () => {
    const [stage] = Object.values(s.app.findResources("AWS::ApiGatewayV2::Stage")) as { Properties: Props }[];
    const settings = stage!.Properties.RouteSettings as Record<
      string,
      { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }
    >;
    expect(stage!.Properties.DefaultRouteSettings).toMatchObject({
      ThrottlingRateLimit: stageThrottle.rateLimit,
      ThrottlingBurstLimit: stageThrottle.burstLimit,
    });
    expect(Object.keys(settings).sort()).toEqual(routeThrottles.map(routeKeyOf).sort());
    for (const [key, limits] of Object.entries(settings)) {
      expect(limits.ThrottlingRateLimit, key).toBeLessThanOrEqual(stageThrottle.rateLimit / 10);
      expect(limits.ThrottlingBurstLimit, key).toBeLessThanOrEqual(stageThrottle.burstLimit / 10);
    }
    const keys = routeThrottles.map((t) => t.path);
    for (const path of ["/api/auth/sign-in", "/api/auth/password-reset"]) expect(keys).toContain(path);
    expect(keys.some((p) => p.endsWith("/upload-url"))).toBe(true);
  });

  it("names real routes: each throttled key is a contract of the same method and route group", () => {
    for (const t of routeThrottles) {
      const contract = allContracts.find((c) => c.path === t.path && c.method.toUpperCase() === t.method);
      expect(contract, routeKeyOf(t)).toBeDefined();
      expect(contract!.group, routeKeyOf(t)).toBe(t.group);
    }
    // Every contract that hands out an upload URL is among them.
    const uploads = allContracts.filter((c) =>
      Object.keys((c.response as unknown as { shape?: Props }).shape ?? {}).includes("uploadUrl"),
    );
    expect(uploads.length).toBeGreaterThan(0);
    for (const c of uploads) expect(routeThrottles.map((t) => t.path)).toContain(c.path);
  });
});

describe("item 19: TLS, access logs, alarm subscriber, CORS", () => {
  it("serves a custom domain with its ACM certificate and TLS 1.2 (2021) at least", () => {
    const config = distributionOf(custom);
    expect(config.Aliases).toEqual(["portal.example.org"]);
    expect(config.ViewerCertificate).toEqual({
      AcmCertificateArn: certificateArn,
      MinimumProtocolVersion: "TLSv1.2_2021",
      SslSupportMethod: "sni-only",
    });
    for (const [id, p] of apiFunctions(custom)) {
      expect((p.Environment as { Variables: Props }).Variables.APP_URL, id).toBe("https://portal.example.org");
    }
    expect(distributionOf(s).Aliases).toBeUndefined();
  });

  it("writes CloudFront's standard logs and the web bucket's access logs to the log bucket", () => {
    const logging = distributionOf(s).Logging!;
    expect(logging.Prefix).toBe("cloudfront/");
    expect(JSON.stringify(logging.Bucket)).toMatch(/AccessLogs/);
    const [web] = resourcesOf([s.app], "AWS::S3::Bucket");
    const config = web![1].Properties?.LoggingConfiguration as {
      DestinationBucketName: unknown;
      LogFilePrefix: string;
    };
    expect(config.LogFilePrefix).toBe("s3/web/");
    expect(JSON.stringify(config.DestinationBucketName)).toMatch(/AccessLogs/);
  });

  it("subscribes domus:alarmEmail to the alarm topic", () => {
    const withEmail = synthDomus({ settings: { alarmEmail: "ops@example.org" } });
    withEmail.data.hasResourceProperties("AWS::SNS::Subscription", { Protocol: "email", Endpoint: "ops@example.org" });
  });

  it("allows presigned PUT/GET from the distribution's own origin only (and the custom domain)", () => {
    const rules = (t: SynthesizedDomus) => {
      const calls = Object.values(t.app.findResources("Custom::AWS")) as { Properties: { Create: unknown } }[];
      const found = calls
        .map((c) => JSON.parse(rendered(c.Properties.Create)))
        .filter((c) => c.action === "putBucketCors");
      expect(found).toHaveLength(1);
      expect(found[0].parameters.Bucket).toMatch(/Documents/);
      return found[0].parameters.CORSConfiguration.CORSRules as {
        AllowedOrigins: string[];
        AllowedMethods: string[];
      }[];
    };
    const plain = rules(s);
    expect(plain).toHaveLength(1);
    expect(plain[0]!.AllowedMethods).toEqual(["GET", "HEAD", "PUT"]);
    expect(plain[0]!.AllowedOrigins).toEqual([`https://${distributionDomain(s)}`]);
    expect(rules(custom)[0]!.AllowedOrigins).toEqual([
      `https://${distributionDomain(custom)}`,
      "https://portal.example.org",
    ]);
  });
});

/** The logical id of the distribution, as a token renders in `rendered`. */
function distributionDomain(t: SynthesizedDomus): string {
  const [id] = Object.keys(t.app.findResources("AWS::CloudFront::Distribution"));
  return `${id}.DomainName`;
}

/** An Fn::Join of JSON text with tokens, as text: GetAtt → `Id.Attr`, ImportValue → its name. */
function rendered(value: unknown): string {
  if (typeof value === "string") return value;
  const [fn, arg] = Object.entries(value as Props)[0]!;
  if (fn === "Fn::Join") return (arg as [string, unknown[]])[1].map(rendered).join((arg as [string])[0]);
  if (fn === "Fn::GetAtt") return (arg as string[]).join(".");
  if (fn === "Fn::ImportValue") return String(arg);
  if (fn === "Ref") return String(arg);
  throw new Error(`cannot render ${fn}`);
}
