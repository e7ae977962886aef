import { describe, expect, it } from "vitest";
import { draftOfMeter, meterBodyOf, newMeterDraft, newMeterId, verificationState } from "./meter-draft";

describe("the meter form's draft", () => {
  it("sends a building meter without a unit and registers as numbers", () => {
    const d = {
      ...newMeterDraft(),
      place: "building" as const,
      serial: " B-1 ",
      installedOn: "2026-01-01",
      verificationDue: "2030-01-01",
    };
    const body = meterBodyOf({ ...d, registers: [{ code: "T1", digits: "6", decimals: "2" }] });
    expect(body).toEqual({
      kind: "water_cold",
      serial: "B-1",
      location: "",
      registers: [{ code: "T1", digits: 6, decimals: 2 }],
      installedOn: "2026-01-01",
      verificationDue: "2030-01-01",
    });
  });

  it("sends an apartment not chosen yet, for the server to ask for it", () => {
    expect(meterBodyOf(newMeterDraft()).unitId).toBe("");
  });

  it("leaves a typed non-number for the server to name", () => {
    const d = { ...newMeterDraft("u012"), registers: [{ code: "T1", digits: "five", decimals: "3" }] };
    expect(meterBodyOf(d).registers[0]?.digits).toBeNaN();
    expect(meterBodyOf(d).unitId).toBe("u012");
  });

  it("edits a stored meter as it is", () => {
    const meter = {
      meterId: "u012-wc",
      unitId: "u012",
      kind: "water_cold" as const,
      serial: "WC-1",
      location: "bathroom",
      registers: [{ code: "T1", digits: 5, decimals: 3 }],
      installedOn: "2023-03-01",
      verificationDue: "2029-03-01",
      status: "active" as const,
    };
    const d = draftOfMeter(meter);
    expect(d.isNew).toBe(false);
    expect(meterBodyOf(d)).toEqual({
      unitId: "u012",
      kind: "water_cold",
      serial: "WC-1",
      location: "bathroom",
      registers: [{ code: "T1", digits: 5, decimals: 3 }],
      installedOn: "2023-03-01",
      verificationDue: "2029-03-01",
    });
  });

  it("makes readable ids that the API accepts", () => {
    expect(newMeterId("u012", "water_hot", "0.k3f9zz")).toBe("u012-water-hot-0k3f");
    expect(newMeterId("", "gas", "0.abcd")).toMatch(/^bld-gas-[a-z0-9]{4}$/);
  });

  it("marks verification dates that passed or come within three months", () => {
    expect(verificationState("2026-06-30", "2026-11-21")).toBe("expired");
    expect(verificationState("2027-01-15", "2026-11-21")).toBe("soon");
    expect(verificationState("2029-03-01", "2026-11-21")).toBe("ok");
  });
});
