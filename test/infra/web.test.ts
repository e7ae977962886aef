import { Match } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { type SynthesizedDomus, synthDomus } from "./helpers";

let s: SynthesizedDomus;
beforeAll(() => {
  s = synthDomus();
});

type Behavior = {
  PathPattern?: string;
  AllowedMethods: string[];
  CachePolicyId: string;
  OriginRequestPolicyId?: string;
  ResponseHeadersPolicyId: unknown;
  TargetOriginId: string;
  ViewerProtocolPolicy: string;
  FunctionAssociations?: unknown[];
};
type DistributionConfig = {
  DefaultCacheBehavior: Behavior;
  CacheBehaviors: Behavior[];
  Origins: { Id: string; DomainName: unknown; OriginAccessControlId?: unknown }[];
  CustomErrorResponses?: unknown[];
};

function distribution(): DistributionConfig {
  const all = Object.values(s.app.findResources("AWS::CloudFront::Distribution"));
  expect(all).toHaveLength(1);
  return (all[0] as { Properties: { DistributionConfig: DistributionConfig } }).Properties.DistributionConfig;
}

// Managed policy ids (AWS documentation: managed cache / origin request policies).
const CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";

describe("AppStack: web front end", () => {
  it("keeps the web bucket private, versioned and encrypted, read by CloudFront through OAC", () => {
    s.app.resourceCountIs("AWS::S3::Bucket", 1);
    s.app.hasResourceProperties("AWS::S3::Bucket", {
      VersioningConfiguration: { Status: "Enabled" },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: Match.anyValue(),
    });
    s.app.resourceCountIs("AWS::CloudFront::OriginAccessControl", 1);
    const bucketOrigin = distribution().Origins.find((o) => o.OriginAccessControlId !== undefined);
    expect(bucketOrigin).toBeDefined();
    expect(distribution().DefaultCacheBehavior.TargetOriginId).toBe(bucketOrigin!.Id);
  });

  it("routes /api/* to the HTTP API: all methods, no caching, its own origin request policy", () => {
    const config = distribution();
    const api = config.CacheBehaviors.find((b) => b.PathPattern === "/api/*");
    expect(api).toBeDefined();
    expect(api!.AllowedMethods.sort()).toEqual(["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]);
    expect(api!.CachePolicyId).toBe(CACHING_DISABLED);
    const policies = Object.keys(s.app.findResources("AWS::CloudFront::OriginRequestPolicy"));
    expect(policies).toHaveLength(1);
    expect(api!.OriginRequestPolicyId).toEqual({ Ref: policies[0] });
    expect(api!.ViewerProtocolPolicy).toBe("https-only");
    const origin = config.Origins.find((o) => o.Id === api!.TargetOriginId);
    expect(JSON.stringify(origin?.DomainName)).toContain("execute-api");
  });

  it("serves the SPA: client routes rewrite to /index.html without hiding API errors", () => {
    const config = distribution();
    expect(config.DefaultCacheBehavior.FunctionAssociations).toHaveLength(1);
    // Distribution-wide error responses would also rewrite /api/* 403/404 answers.
    expect(config.CustomErrorResponses).toBeUndefined();
    const fn = Object.values(s.app.findResources("AWS::CloudFront::Function"))[0] as {
      Properties: { FunctionCode: string };
    };
    // Run the CloudFront function code against a few paths.
    const handler = new Function(`${fn.Properties.FunctionCode}; return handler;`)() as (e: {
      request: { uri: string };
    }) => { uri: string };
    const rewrite = (uri: string) => handler({ request: { uri } }).uri;
    expect(rewrite("/")).toBe("/index.html");
    expect(rewrite("/owner/payments")).toBe("/index.html");
    expect(rewrite("/admin/units/12/")).toBe("/index.html");
    expect(rewrite("/assets/index-abc.js")).toBe("/assets/index-abc.js");
    expect(rewrite("/favicon.ico")).toBe("/favicon.ico");
  });

  it("attaches the security headers policy to both behaviours", () => {
    const config = distribution();
    const policies = Object.keys(s.app.findResources("AWS::CloudFront::ResponseHeadersPolicy"));
    expect(policies).toHaveLength(1);
    for (const b of [config.DefaultCacheBehavior, ...config.CacheBehaviors]) {
      expect(b.ResponseHeadersPolicyId).toEqual({ Ref: policies[0] });
    }
  });

  it("sends CSP, HSTS (≥ 1 year, subdomains), nosniff, referrer policy and frame DENY", () => {
    const policy = Object.values(s.app.findResources("AWS::CloudFront::ResponseHeadersPolicy"))[0] as {
      Properties: { ResponseHeadersPolicyConfig: { SecurityHeadersConfig: Record<string, Record<string, unknown>> } };
    };
    const h = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(h.StrictTransportSecurity!.AccessControlMaxAgeSec).toBeGreaterThanOrEqual(31536000);
    expect(h.StrictTransportSecurity!.IncludeSubdomains).toBe(true);
    expect(h.ContentTypeOptions!.Override).toBe(true);
    expect(h.ReferrerPolicy!.ReferrerPolicy).toBe("strict-origin-when-cross-origin");
    expect(h.FrameOptions!.FrameOption).toBe("DENY");
    const csp = JSON.stringify(h.ContentSecurityPolicy!.ContentSecurityPolicy);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data: blob:",
      "connect-src 'self' https://",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "object-src 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    // connect-src names the documents bucket (imported from the data stack) for presigned URLs.
    expect(csp).toContain("RegionalDomainName");
  });

  it("gives the functions the distribution URL as APP_URL when no appUrl is configured", () => {
    s.app.hasResourceProperties("AWS::Lambda::Function", {
      Environment: {
        Variables: Match.objectLike({
          APP_URL: {
            "Fn::Join": ["", ["https://", { "Fn::GetAtt": [Match.stringLikeRegexp("Distribution"), "DomainName"] }]],
          },
        }),
      },
    });
  });

  it("deploys web/dist when it exists: hashed assets immutable, pages revalidated and invalidated", () => {
    const deployments = Object.values(s.app.findResources("Custom::CDKBucketDeployment")).map(
      (r) => (r as { Properties: Record<string, unknown> }).Properties,
    );
    expect(deployments).toHaveLength(2);
    const pages = deployments.find((d) => d.DistributionId !== undefined);
    expect(pages).toBeDefined();
    expect(JSON.stringify(pages)).toContain("no-cache");
    expect(JSON.stringify(deployments)).toContain("immutable");
  });

  it("skips the deployment when the web app is not built", () => {
    const bare = synthDomus({ webDistPath: "/nonexistent/web/dist" });
    bare.app.resourceCountIs("Custom::CDKBucketDeployment", 0);
    bare.app.resourceCountIs("AWS::CloudFront::Distribution", 1);
  });
});
