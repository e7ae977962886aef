import { describe, expect, it } from "vitest";
import { dayInWords, periodInWords, ratePercent } from "./text-format";

describe("dates and rates in texts for people", () => {
  it("names the billing period in each language", () => {
    expect(periodInWords("2026-11", "ro")).toBe("noiembrie 2026");
    expect(periodInWords("2026-11", "pl")).toBe("listopad 2026");
    expect(periodInWords("2026-11", "en")).toBe("November 2026");
    expect(periodInWords("2026-01", "uk")).toBe("січень 2026 р.");
  });

  it("writes a day as a letter does, never a day off whatever the time zone", () => {
    expect(dayInWords("2026-11-10", "pl")).toBe("10 listopada 2026");
    expect(dayInWords("2026-11-25", "ro")).toBe("25 noiembrie 2026");
    expect(dayInWords("2026-12-31", "ru")).toBe("31 декабря 2026 г.");
    expect(dayInWords("2026-01-01", "en")).toBe("1 January 2026");
  });

  it("shows a daily fraction as a percent in the language's notation, without float noise", () => {
    expect(ratePercent("0.0020000000", "ro")).toBe("0,2 %");
    expect(ratePercent("0.0002739726", "pl")).toBe("0,0274 %");
    expect(ratePercent("0.0003333333", "en")).toBe("0.0333 %");
  });
});
