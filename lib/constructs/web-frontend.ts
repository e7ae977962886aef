import { existsSync } from "node:fs";
import { Duration, Stack } from "aws-cdk-lib";
import * as acm from "aws-cdk-lib/aws-certificatemanager";
import * as cloudfront from "aws-cdk-lib/aws-cloudfront";
import * as origins from "aws-cdk-lib/aws-cloudfront-origins";
import * as s3 from "aws-cdk-lib/aws-s3";
import * as s3deploy from "aws-cdk-lib/aws-s3-deployment";
import { Construct } from "constructs";
import { originVerifyHeader } from "../../functions/lambda/origin-check";
import { acknowledge, acknowledgeWildcardsOf, basicExecutionRoleFinding, singletonNamed } from "./acknowledge";
import { privateBucketProps } from "./private-bucket";

export interface DomusWebFrontendProps {
  stage: string;
  /** Host name of the HTTP API's default endpoint; CloudFront sends `/api/*` there. */
  apiDomainName: string;
  /** The documents bucket: browsers PUT/GET presigned URLs against it, so CSP must allow it. */
  documentsBucket: s3.IBucket;
  /** Built web app (`npm run build:web` → web/dist). Not deployed when the directory is missing. */
  webDistPath?: string;
  /** Value of the `x-domus-origin-verify` header CloudFront adds to every API request. */
  originSecretValue: string;
  /** ARN of the WAF web ACL (CLOUDFRONT scope, us-east-1). */
  webAclArn: string;
  /** Receives CloudFront's standard logs (under `cloudfront/`) and the web bucket's access logs. */
  logBucket: s3.IBucket;
  /** Custom host name and its us-east-1 ACM certificate; viewers then need TLS 1.2 at least. */
  customDomain?: { domainName: string; certificateArn: string };
}

/**
 * Viewer headers the API reads, plus CloudFront-Viewer-Address for per-address limits. A list,
 * not "all viewer headers": CloudFront headers can only be added to an allow-list, and `Host` must
 * stay out (API Gateway routes on it). Cookies and query strings all pass. The infra tests fail
 * when the functions read a header missing here.
 */
export const apiForwardedHeaders = [
  "Accept",
  "Accept-Language",
  "Content-Type",
  "Origin",
  "Sec-Fetch-Site",
  "User-Agent",
  "X-CSRF-Token",
  "Stripe-Signature",
  "CloudFront-Viewer-Address",
];

/** Content-Security-Policy of every response; presigned document URLs are the only other origin. */
export function contentSecurityPolicy(documentsBucket: s3.IBucket): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    `connect-src 'self' https://${documentsBucket.bucketRegionalDomainName}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

/**
 * SPA routing at the edge: a path whose last segment has no file extension is a client-side
 * route and gets /index.html. Done in a viewer-request function on the default behaviour rather
 * than with distribution-wide 403/404 error responses, because those would also turn the API's
 * own 403/404 answers under /api/* into index.html with status 200.
 */
const spaRewrite = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var last = uri.substring(uri.lastIndexOf("/") + 1);
  if (last.indexOf(".") === -1) {
    request.uri = "/index.html";
  }
  return request;
}`;

/** Static web app bucket + CloudFront: one origin for the app and `/api/*`, with security headers. */
export class DomusWebFrontend extends Construct {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  readonly securityHeaders: cloudfront.ResponseHeadersPolicy;
  /** `https://<distribution domain>` */
  readonly url: string;
  /** Every origin browsers load the portal from: the distribution's, and the custom domain's. */
  readonly origins: string[];
  /** True when web/dist was found and a BucketDeployment added. */
  readonly deploysContent: boolean;

  constructor(scope: Construct, id: string, props: DomusWebFrontendProps) {
    super(scope, id);

    this.bucket = new s3.Bucket(this, "Bucket", {
      ...privateBucketProps(props.logBucket, "s3/web/"),
      lifecycleRules: [
        {
          id: "noncurrent-versions",
          noncurrentVersionExpiration: Duration.days(30),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
    });

    this.securityHeaders = new cloudfront.ResponseHeadersPolicy(this, "SecurityHeaders", {
      comment: `Domus ${props.stage}: CSP, HSTS and friends`,
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(props.documentsBucket), override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        referrerPolicy: {
          referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
      },
    });

    const spaFunction = new cloudfront.Function(this, "SpaRewrite", {
      comment: "Client-side routes → /index.html",
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      code: cloudfront.FunctionCode.fromInline(spaRewrite),
    });

    const apiOrigin = new origins.HttpOrigin(props.apiDomainName, {
      protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
      customHeaders: { [originVerifyHeader]: props.originSecretValue },
    });

    const apiRequests = new cloudfront.OriginRequestPolicy(this, "ApiOriginRequests", {
      comment: `Domus ${props.stage}: what /api/* passes to the HTTP API`,
      headerBehavior: cloudfront.OriginRequestHeaderBehavior.allowList(...apiForwardedHeaders),
      cookieBehavior: cloudfront.OriginRequestCookieBehavior.all(),
      queryStringBehavior: cloudfront.OriginRequestQueryStringBehavior.all(),
    });

    const domain = props.customDomain;
    this.distribution = new cloudfront.Distribution(this, "Distribution", {
      comment: `Domus ${props.stage}`,
      webAclId: props.webAclArn,
      enableLogging: true,
      logBucket: props.logBucket,
      logFilePrefix: "cloudfront/",
      ...(domain
        ? {
            domainNames: [domain.domainName],
            certificate: acm.Certificate.fromCertificateArn(this, "Certificate", domain.certificateArn),
            minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      defaultRootObject: "index.html",
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        compress: true,
        responseHeadersPolicy: this.securityHeaders,
        functionAssociations: [{ function: spaFunction, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        "/api/*": {
          origin: apiOrigin,
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
          cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
          originRequestPolicy: apiRequests,
          responseHeadersPolicy: this.securityHeaders,
          compress: true,
        },
      },
    });
    acknowledge(
      this.distribution,
      "AwsSolutions-CFR1",
      "owners and boards use the portal from wherever they are (abroad included); the WAF's rate limits and IP reputation list apply everywhere instead of a country list",
    );
    if (!domain) {
      acknowledge(
        this.distribution,
        "AwsSolutions-CFR4",
        "without domus:domainName the distribution uses CloudFront's default *.cloudfront.net certificate, whose security policy CloudFront fixes (TLSv1); with a custom domain the minimum is TLSv1.2_2021 and this acknowledgement is not made",
      );
    }
    this.url = `https://${this.distribution.distributionDomainName}`;
    this.origins = domain ? [this.url, `https://${domain.domainName}`] : [this.url];

    this.deploysContent = props.webDistPath !== undefined && existsSync(props.webDistPath);
    if (props.webDistPath !== undefined && this.deploysContent) {
      // Vite's hashed files never change: cache for a year, never prune (an open tab may still
      // load an older chunk during a deploy).
      const assets = new s3deploy.BucketDeployment(this, "DeployAssets", {
        sources: [s3deploy.Source.asset(props.webDistPath)],
        destinationBucket: this.bucket,
        exclude: ["*"],
        include: ["assets/*"],
        prune: false,
        cacheControl: [s3deploy.CacheControl.fromString("public, max-age=31536000, immutable")],
        memoryLimit: 512,
      });
      // Everything else (index.html, icons, manifest) revalidates; uploaded after the assets it
      // references, then the distribution is invalidated.
      const pages = new s3deploy.BucketDeployment(this, "DeployPages", {
        sources: [s3deploy.Source.asset(props.webDistPath)],
        destinationBucket: this.bucket,
        exclude: ["assets/*"],
        prune: true,
        cacheControl: [s3deploy.CacheControl.fromString("no-cache")],
        distribution: this.distribution,
        distributionPaths: ["/*"],
        memoryLimit: 512,
      });
      pages.node.addDependency(assets);
      acknowledgeDeploymentHelper(this);
    }
  }
}

/** CDK's BucketDeployment function: runs only while deploying, with the grants CDK gives it. */
function acknowledgeDeploymentHelper(scope: Construct): void {
  const helper = singletonNamed(Stack.of(scope), "Custom::CDKBucketDeployment");
  if (!helper) return;
  const reason =
    "CDK's BucketDeployment helper (runs only during deploys): the managed basic-execution role, its runtime and its grants (read the CDK asset bucket, write and prune the web bucket, invalidate the distribution) are CDK's";
  acknowledge(helper, basicExecutionRoleFinding, reason);
  acknowledge(helper, "AwsSolutions-L1", reason);
  acknowledgeWildcardsOf(helper, reason);
}
