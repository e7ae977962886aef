import { describe, expect, it } from "vitest";
import { addOutcome, emptyReport, flatReport } from "./jobs";

describe("job reports", () => {
  it("sum the associations' counts and name the ones that failed", () => {
    const report = emptyReport();
    addOutcome(report, "a", { ok: true, counts: { sent: 2, optedOut: 1 } });
    addOutcome(report, "bad", { ok: false, errorName: "RangeError" });
    addOutcome(report, "c", { ok: true, counts: { sent: 3 } });
    expect(flatReport(report)).toEqual({
      associations: 3,
      failed: 1,
      failedAssociations: ["bad"],
      sent: 5,
      optedOut: 1,
    });
  });
});
