import { describe, expect, it } from "vitest";
import { validateSettings } from "../../lib/settings";
import { testSettings } from "./helpers";

describe("CDK settings", () => {
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
  ])("rejects %j naming the setting", (override, message) => {
    expect(() => validateSettings({ ...testSettings, ...override })).toThrow(message);
  });

  it("accepts a sender on a subdomain of the mail domain", () => {
    expect(() => validateSettings({ ...testSettings, mailFrom: "billing@mail.example.org" })).not.toThrow();
  });
});
