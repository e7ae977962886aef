import { describe, expect, it } from "vitest";
import type { ChargeRule } from "../compute/types";
import { ruleBodyOf, ruleChanges } from "./rule-changes";

const rule: ChargeRule = {
  ruleId: "admin",
  name: "Administrare",
  method: "fixed",
  amount: "15.00",
  fund: "maintenance",
  exempt: [],
  validFrom: "2026-01",
};

describe("what a rule version changed", () => {
  it("lists every set field of a new rule, in form order", () => {
    expect(ruleChanges(undefined, rule).map((c) => c.field)).toEqual(["name", "method", "amount", "fund", "validFrom"]);
  });

  it("names only the edited fields, with the values before and after", () => {
    const next = { ...rule, amount: "17.50", decision: { number: "4", date: "2026-02-01" } };
    expect(ruleChanges(rule, next)).toEqual([
      { field: "amount", from: "15.00", to: "17.50" },
      { field: "decision", to: { number: "4", date: "2026-02-01" } },
    ]);
  });

  it("sees no change in key order or an empty exemption list", () => {
    const before = { ...rule, decision: { number: "4", date: "2026-02-01" } };
    const { exempt: _e, ...withoutExempt } = rule;
    const reordered = { decision: { date: "2026-02-01", number: "4" }, ...withoutExempt };
    expect(ruleChanges(before, reordered)).toEqual([]);
  });

  it("keeps only the edited fields of a stored rule", () => {
    expect(ruleBodyOf({ ...rule, version: 3 })).toEqual(rule);
  });
});
