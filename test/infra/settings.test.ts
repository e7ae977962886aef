import { describe, expect, it } from "vitest";
import { isProductionStage, validateSettings } from "../../lib/settings";
import { testSettings } from "./helpers";

const certificateArn = "arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012";

describe("CDK settings", () => {
  it("takes a custom domain with its certificate, and makes it the app origin", () => {
    const settings = validateSettings({ ...testSettings, domainName: "Portal.Example.org", certificateArn });
    expect(settings.domainName).toBe("portal.example.org");
    expect(settings.appUrl).toBe("https://portal.example.org");
  });

  it("lets a production stage synthesize only with an alarm address", () => {
    expect(isProductionStage("prod")).toBe(true);
    expect(isProductionStage("production")).toBe(true);
    expect(isProductionStage("staging")).toBe(false);
    expect(isProductionStage("product-demo")).toBe(false);
    expect(() => validateSettings({ ...testSettings, stage: "prod", alarmEmail: "ops@example.org" })).not.toThrow();
    expect(() => validateSettings({ ...testSettings, stage: "staging" })).not.toThrow();
  });

  it("accepts the defaults and normalises appUrl to an origin", () => {
    expect(validateSettings(testSettings)).toEqual({ ...testSettings, appUrl: undefined });
    expect(validateSettings({ ...testSettings, appUrl: "https://portal.example.org/" }).appUrl).toBe(
      "https://portal.example.org",
    );
  });

  it.each([
    [{ stage: "Prod!" }, "domus:stage"],
    [{ mailFrom: "nobody" }, "domus:mailFrom"],
    [{ mailFrom: "no-reply@other.org" }, "not on domus:mailDomain"],
    [{ appUrl: "http://portal.example.org" }, "domus:appUrl"],
    [{ appUrl: "https://portal.example.org/app" }, "domus:appUrl"],
    [{ logLevel: "verbose" as "info" }, "domus:logLevel"],
    [{ domainName: "portal.example.org" }, "domus:domainName and domus:certificateArn go together"],
    [{ certificateArn }, "domus:domainName and domus:certificateArn go together"],
    [{ domainName: "portal..example", certificateArn }, "domus:domainName"],
    [
      { domainName: "portal.example.org", certificateArn: certificateArn.replace("us-east-1", "eu-central-1") },
      "us-east-1",
    ],
    [{ alarmEmail: "ops" }, "domus:alarmEmail"],
    [{ stage: "prod" }, "domus:alarmEmail is required for the production stage"],
    [{ stage: "prod-pl" }, "domus:alarmEmail is required for the production stage"],
  ])("rejects %j naming the setting", (override, message) => {
    expect(() => validateSettings({ ...testSettings, ...override })).toThrow(message);
  });

  it("accepts a sender on a subdomain of the mail domain", () => {
    expect(() => validateSettings({ ...testSettings, mailFrom: "billing@mail.example.org" })).not.toThrow();
  });
});
