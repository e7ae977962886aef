import { describe, expect, it } from "vitest";
import type { LedgerEntry } from "../../ledger/model/entry";
import { isPublishedCharge, lineOfEntry } from "./posted-lines";

const source = { kind: "rule", id: "admin", name: "Administrare", method: "fixed", version: 2 };
const charge: LedgerEntry = {
  entryId: "chg-2026-12-admin",
  period: "2026-12",
  date: "2026-12-05",
  kind: "charge",
  fund: "maintenance",
  amountMinor: 1500,
  description: "Administrare",
  explanation: {
    method: "fixed",
    parts: [{ key: "fixed", component: "own", quantity: "1", uom: "unit", rate: "15.00", amountMinor: 1500 }],
    source,
    dueDate: "2026-12-25",
    decision: { number: "4", date: "2026-02-01" },
  },
};

describe("the lines a published period posted", () => {
  it("counts only the period's own charges, not later adjustments, payments or other periods", () => {
    expect(isPublishedCharge(charge, "2026-12")).toBe(true);
    expect(isPublishedCharge({ ...charge, kind: "adjustment", entryId: "adj-2026-12-fix" }, "2026-12")).toBe(false);
    expect(isPublishedCharge({ ...charge, kind: "payment", entryId: "pay-2026-12-x" }, "2026-12")).toBe(false);
    expect(isPublishedCharge(charge, "2026-11")).toBe(false);
  });

  it("gives back the line as computed at publishing, with the rule version then in force", () => {
    expect(lineOfEntry("u-1", charge)).toEqual({
      unitId: "u-1",
      entryId: "chg-2026-12-admin",
      name: "Administrare",
      fund: "maintenance",
      amountMinor: 1500,
      source,
      explanation: {
        method: "fixed",
        parts: [{ key: "fixed", component: "own", quantity: "1", uom: "unit", rate: "15.00", amountMinor: 1500 }],
      },
      decision: { number: "4", date: "2026-02-01" },
    });
  });
});
