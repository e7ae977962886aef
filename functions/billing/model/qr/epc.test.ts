import { describe, expect, it } from "vitest";
import { DomainError } from "../../../kernel/errors";
import { epcPayload } from "./epc";

const base = {
  bic: "BFSWDE33BER",
  name: "Wikimedia Foerdergesellschaft",
  iban: "DE33 1002 0500 0001 1947 00",
  amountMinor: 12_345,
  currency: "EUR" as const,
};

function reason(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return (e as DomainError).details.reason;
  }
}

describe("epcPayload", () => {
  it("builds the well-known Wikipedia donation code", () => {
    expect(epcPayload({ ...base, text: "Spende fuer Wikipedia" })).toBe(
      "BCD\n002\n1\nSCT\nBFSWDE33BER\nWikimedia Foerdergesellschaft\nDE33100205000001194700\nEUR123.45\n\n\nSpende fuer Wikipedia",
    );
  });

  it("puts a structured reference in line 10 and drops trailing empty lines", () => {
    const payload = epcPayload({
      ...base,
      bic: undefined,
      amountMinor: 1230,
      purpose: "GDDS",
      reference: "RF18 5390 0754 7034",
    });
    expect(payload.split("\n")).toEqual([
      "BCD",
      "002",
      "1",
      "SCT",
      "",
      "Wikimedia Foerdergesellschaft",
      "DE33100205000001194700",
      "EUR12.30",
      "GDDS",
      "RF18539007547034",
    ]);
  });

  it("validates every field", () => {
    expect(reason(() => epcPayload({ ...base, reference: "RF18539007547034", text: "x" }))).toBe("reference_xor_text");
    expect(reason(() => epcPayload({ ...base, reference: "RF18539007547035" }))).toBe("invalid_rf_checksum");
    expect(reason(() => epcPayload({ ...base, reference: "1".repeat(36) }))).toBe("max_length_35");
    expect(reason(() => epcPayload({ ...base, text: "t".repeat(141) }))).toBe("max_length_140");
    expect(reason(() => epcPayload({ ...base, name: "n".repeat(71) }))).toBe("max_length_70");
    expect(reason(() => epcPayload({ ...base, name: "" }))).toBe("required");
    expect(reason(() => epcPayload({ ...base, iban: "DE33100205000001194701" }))).toBe("invalid");
    expect(reason(() => epcPayload({ ...base, amountMinor: 0 }))).toBe("out_of_range");
    expect(reason(() => epcPayload({ ...base, bic: "bad" }))).toBe("invalid");
    expect(reason(() => epcPayload({ ...base, text: "a\nb" }))).toBe("line_break");
    expect(() => epcPayload({ ...base, name: "" })).toThrow(DomainError);
    expect(
      reason(() => epcPayload({ ...base, name: "ș".repeat(70), text: "ă".repeat(140), info: "x".repeat(70) })),
    ).toBe("max_bytes_331");
  });
});
