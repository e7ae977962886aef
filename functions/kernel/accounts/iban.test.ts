import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidIban, isValidNrb, isValidRfReference, mod97 } from "./iban";
import { isValidRuAccount, isValidRuCorrespAccount } from "./ru-accounts";

describe("IBAN", () => {
  it.each([
    "RO49 AAAA 1B31 0075 9384 0000",
    "PL61109010140000071219812874",
    "DE89 3704 0044 0532 0130 00",
    "BE68539007547034",
    "GB29NWBK60161331926819",
    "de33100205000001194700",
  ])("accepts %s", (iban) => expect(isValidIban(iban)).toBe(true));

  it.each(["RO49AAAA1B31007593840001", "PL6110901014000007121981287", "DE89370400440532013000X", "", "XX00"])(
    "rejects %s",
    (iban) => expect(isValidIban(iban)).toBe(false),
  );

  it("detects every single-digit substitution", () => {
    const iban = "RO49AAAA1B31007593840000";
    fc.assert(
      fc.property(fc.integer({ min: 4, max: iban.length - 1 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const ch = iban[pos] ?? "0";
        fc.pre(/\d/.test(ch));
        const changed = iban.slice(0, pos) + String((Number(ch) + delta) % 10) + iban.slice(pos + 1);
        expect(isValidIban(changed)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it("computes mod 97 like big-integer arithmetic", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,30}$/), (digits) => {
        expect(mod97(digits)).toBe(Number(BigInt(digits) % 97n));
      }),
      { numRuns: 200 },
    );
  });
});

describe("NRB, RF references and Russian accounts", () => {
  it("validates NRB", () => {
    expect(isValidNrb("61 1090 1014 0000 0712 1981 2874")).toBe(true);
    expect(isValidNrb("61109010140000071219812875")).toBe(false);
    expect(isValidNrb("6110901014000007121981287")).toBe(false);
  });

  it("validates ISO 11649 creditor references", () => {
    expect(isValidRfReference("RF18 5390 0754 7034")).toBe(true);
    expect(isValidRfReference("RF18539007547035")).toBe(false);
  });

  it("validates Russian account control keys against the BIC", () => {
    expect(isValidRuCorrespAccount("044525225", "30101810400000000225")).toBe(true);
    expect(isValidRuAccount("044525225", "40702810138250123017")).toBe(true);
    expect(isValidRuAccount("044525225", "40702810138250123018")).toBe(false);
    expect(isValidRuCorrespAccount("044525225", "30101810400000000226")).toBe(false);
  });
});
