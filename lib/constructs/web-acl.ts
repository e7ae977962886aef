import * as wafv2 from "aws-cdk-lib/aws-wafv2";
import { Construct } from "constructs";

/**
 * Per-address request budgets of the web ACL, per 5 minutes (WAF counts over a sliding 5-minute
 * window). Sign-in and password reset get a budget a person never reaches and a guesser soon
 * does; everything else a budget a busy board member with many tabs stays well under.
 */
export const wafRateLimits = {
  /** POST to sign-in (password and TOTP), password reset and invitation acceptance. */
  credentials: 100,
  /** Every request, the app's pages and assets included. */
  everything: 3000,
} as const;

/** Paths whose POSTs count against the credentials budget (prefix match). */
export const credentialPaths = ["/api/auth/sign-in", "/api/auth/password-reset", "/api/auth/invitations/accept"];

/** AWS managed rule groups, in evaluation order after the rate rules. */
export const managedRuleGroups = [
  "AWSManagedRulesAmazonIpReputationList",
  "AWSManagedRulesCommonRuleSet",
  "AWSManagedRulesKnownBadInputsRuleSet",
] as const;

/**
 * Rules of the Common rule set that only count: statement and unit imports are JSON bodies of up
 * to 256 KB (the app's own limit), past the rule set's 8 KB.
 */
export const countOnlyCommonRules = ["SizeRestrictions_BODY"];

export interface DomusWebAclProps {
  stage: string;
}

function visibility(metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty {
  return { cloudWatchMetricsEnabled: true, metricName, sampledRequestsEnabled: true };
}

function startsWith(path: string): wafv2.CfnWebACL.StatementProperty {
  return {
    byteMatchStatement: {
      fieldToMatch: { uriPath: {} },
      positionalConstraint: "STARTS_WITH",
      searchString: path,
      textTransformations: [{ priority: 0, type: "NONE" }],
    },
  };
}

const isPost: wafv2.CfnWebACL.StatementProperty = {
  byteMatchStatement: {
    fieldToMatch: { method: {} },
    positionalConstraint: "EXACTLY",
    searchString: "POST",
    textTransformations: [{ priority: 0, type: "NONE" }],
  },
};

function rateRule(name: string, priority: number, limit: number, scopeDown?: wafv2.CfnWebACL.StatementProperty) {
  return {
    name,
    priority,
    action: { block: { customResponse: { responseCode: 429 } } },
    statement: {
      rateBasedStatement: { limit, evaluationWindowSec: 300, aggregateKeyType: "IP", scopeDownStatement: scopeDown },
    },
    visibilityConfig: visibility(name),
  } satisfies wafv2.CfnWebACL.RuleProperty;
}

function managedRule(name: (typeof managedRuleGroups)[number], priority: number): wafv2.CfnWebACL.RuleProperty {
  const countOnly = name === "AWSManagedRulesCommonRuleSet" ? countOnlyCommonRules : [];
  return {
    name,
    priority,
    overrideAction: { none: {} },
    statement: {
      managedRuleGroupStatement: {
        vendorName: "AWS",
        name,
        ruleActionOverrides: countOnly.length
          ? countOnly.map((rule) => ({ name: rule, actionToUse: { count: {} } }))
          : undefined,
      },
    },
    visibilityConfig: visibility(name),
  };
}

/**
 * The CloudFront web ACL: per-address rate limits (429), then AWS's IP reputation list, common
 * rule set and known bad inputs. CLOUDFRONT scope, so it must be created in us-east-1.
 */
export class DomusWebAcl extends Construct {
  readonly acl: wafv2.CfnWebACL;

  constructor(scope: Construct, id: string, props: DomusWebAclProps) {
    super(scope, id);
    const credentials: wafv2.CfnWebACL.StatementProperty = {
      andStatement: {
        statements: [
          isPost,
          credentialPaths.length === 1
            ? startsWith(credentialPaths[0]!)
            : { orStatement: { statements: credentialPaths.map(startsWith) } },
        ],
      },
    };
    this.acl = new wafv2.CfnWebACL(this, "WebAcl", {
      name: `domus-${props.stage}`,
      description: `Domus ${props.stage}: rate limits and AWS managed rules in front of CloudFront`,
      scope: "CLOUDFRONT",
      defaultAction: { allow: {} },
      visibilityConfig: visibility(`domus-${props.stage}`),
      rules: [
        rateRule("credentials-per-address", 0, wafRateLimits.credentials, credentials),
        rateRule("requests-per-address", 1, wafRateLimits.everything),
        ...managedRuleGroups.map((name, i) => managedRule(name, 10 + i)),
      ],
    });
  }
}
