import { readFileSync } from "node:fs";
import { join } from "node:path";
import { App, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { describe, expect, it } from "vitest";
import { buildDomus } from "../../lib/domus";
import { repoRoot } from "../../lib/paths";
import { type DomusSettings, domusFeatureFlags } from "../../lib/settings";
import { fixtureWebDist, inlineCode, testEnv, testSettings } from "./helpers";

/**
 * cdk-nag 3's AwsSolutions pack over the whole synthesized app (every stack, CDK's helper
 * functions included). What can be fixed is fixed; what stands is acknowledged in lib/ next to
 * the resource (lib/constructs/acknowledge.ts) with its reason, and listed in docs/security.md.
 * Before this suite: 50 findings of 21 rule ids (48 errors, 2 warnings).
 */
function synthesizedApp(settings: Partial<DomusSettings> = {}): App {
  const app = new App({ context: domusFeatureFlags });
  buildDomus(app, {
    settings: { ...testSettings, ...settings },
    env: testEnv,
    webDistPath: fixtureWebDist,
    codeFor: inlineCode,
  });
  app.synth();
  return app;
}

/** Every unacknowledged finding, one line each. */
function nagFindings(app: App): string[] {
  const report = new AwsSolutionsChecks().validateScope(app);
  return report.violations.flatMap((v) =>
    v.violatingResources.map((r) => `${v.severity} ${v.ruleName} ${r.constructPath}: ${v.description}`),
  );
}

/** Rule ids acknowledged anywhere in the app, with their reasons. */
function acknowledgements(app: App): Map<string, string> {
  const out = new Map<string, string>();
  for (const construct of app.node.findAll()) {
    for (const entry of construct.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) {
        out.set(id.replace(/^annotation::/i, ""), reason);
      }
    }
  }
  return out;
}

const certificateArn = "arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012";

describe("cdk-nag AwsSolutions", () => {
  const plain = synthesizedApp();

  it("reports no unacknowledged error or warning", () => {
    const findings = nagFindings(plain);
    expect(findings, findings.join("\n")).toEqual([]);
  });

  it("reports none with a custom domain either, where TLS 1.2 is enforced rather than acknowledged", () => {
    const custom = synthesizedApp({ domainName: "portal.example.org", certificateArn });
    const findings = nagFindings(custom);
    expect(findings, findings.join("\n")).toEqual([]);
    expect([...acknowledgements(custom).keys()]).not.toContain("AwsSolutions-CFR4");
    expect([...acknowledgements(plain).keys()]).toContain("AwsSolutions-CFR4");
  });

  it("lists every acknowledged rule with a reason in docs/security.md", () => {
    const docs = readFileSync(join(repoRoot, "docs", "security.md"), "utf8");
    const section = docs.slice(docs.indexOf("## cdk-nag"));
    expect(section.length).toBeGreaterThan(0);
    const ours = [...acknowledgements(plain)].filter(([id]) => id.startsWith("AwsSolutions-"));
    const rules = new Set(ours.map(([id]) => id.replace(/\[.*$/, "")));
    expect(rules.size).toBeGreaterThan(5);
    for (const rule of rules) expect(section, rule).toContain(`\`${rule}\``);
    for (const [, reason] of ours) expect(reason.length).toBeGreaterThan(40);
  });
});
