import { describe, expect, it } from "vitest";
import { formatParams } from "./params";

describe("inbox parameters", () => {
  it("are written in the reader's language when read", () => {
    const params = { unit: "12", period: { period: "2026-11" }, due: { day: "2026-11-25" } };
    expect(formatParams(params, "ro")).toEqual({ unit: "12", period: "noiembrie 2026", due: "25 noiembrie 2026" });
    expect(formatParams(params, "en")).toEqual({ unit: "12", period: "November 2026", due: "25 November 2026" });
    expect(formatParams({ amount: { money: 73266, currency: "PLN" } }, "pl").amount).toMatch(/^732,66\s*zł$/);
  });
});
