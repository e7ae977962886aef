import { describe, expect, it } from "vitest";
import { schedules, toCronerPattern, toEventBridgeExpression } from "./schedules";

describe("schedule definitions", () => {
  it("render to EventBridge with exactly one of day-of-month and day-of-week as ?", () => {
    const daily = { minute: "0", hour: "2", dayOfMonth: "*", month: "*", dayOfWeek: "*" };
    expect(toEventBridgeExpression(daily)).toBe("cron(0 2 * * ? *)");
    expect(toEventBridgeExpression({ ...daily, dayOfWeek: "MON" })).toBe("cron(0 2 ? * MON *)");
    expect(toCronerPattern(daily)).toBe("0 2 * * *");
  });

  it("have unique ids and valid time zones", () => {
    expect(new Set(schedules.map((s) => s.id)).size).toBe(schedules.length);
    for (const s of schedules) expect(() => new Intl.DateTimeFormat("en", { timeZone: s.timezone })).not.toThrow();
  });
});
