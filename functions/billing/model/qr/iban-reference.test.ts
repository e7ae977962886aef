import { describe, expect, it } from "vitest";
import { DomainError } from "../../../kernel/errors";
import { ibanReferencePayload } from "./iban-reference";

describe("ibanReferencePayload", () => {
  it("lists name, IBAN, amount and reference, one per line", () => {
    expect(
      ibanReferencePayload({
        name: "Asociatia de Proprietari Bl. A1",
        iban: "RO49 AAAA 1B31 0075 9384 0000",
        amountMinor: 31_240,
        currency: "RON",
        reference: "A1-AP12-2025-10",
      }),
    ).toBe("Asociatia de Proprietari Bl. A1\nRO49AAAA1B31007593840000\nRON312.40\nA1-AP12-2025-10");
  });

  it("validates", () => {
    const ok = {
      name: "A",
      iban: "RO49AAAA1B31007593840000",
      amountMinor: 1,
      currency: "RON" as const,
      reference: "R",
    };
    expect(() => ibanReferencePayload({ ...ok, iban: "RO49AAAA1B31007593840001" })).toThrow(DomainError);
    expect(() => ibanReferencePayload({ ...ok, reference: "" })).toThrow(DomainError);
    expect(() => ibanReferencePayload({ ...ok, name: "a\nb" })).toThrow(DomainError);
    expect(() => ibanReferencePayload({ ...ok, amountMinor: 0 })).toThrow(DomainError);
  });
});
