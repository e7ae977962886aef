import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../../../kernel/errors";
import { isValidNip, zbpPayload } from "./zbp";

const base = {
  nip: "525-224-84-81",
  nrb: "61 1090 1014 0000 0712 1981 2874",
  amountMinor: 123,
  recipient: "WSPOLNOTA LIPOWA 5",
  title: "ZALICZKA 10/2025 LOKAL 12",
};

describe("zbpPayload", () => {
  it("builds NIP|PL|NRB|amount|recipient|title|||", () => {
    expect(zbpPayload(base)).toBe(
      "5252248481|PL|61109010140000071219812874|000123|WSPOLNOTA LIPOWA 5|ZALICZKA 10/2025 LOKAL 12|||",
    );
    expect(zbpPayload({ ...base, nip: undefined, amountMinor: 999_999 })).toMatch(/^\|PL\|\d{26}\|999999\|/);
  });

  it("validates fields", () => {
    const reason = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return `${(e as DomainError).details.field}:${(e as DomainError).details.reason}`;
      }
    };
    expect(reason(() => zbpPayload({ ...base, nip: "5252248480" }))).toBe("nip:invalid");
    expect(reason(() => zbpPayload({ ...base, nrb: "61109010140000071219812875" }))).toBe("nrb:invalid");
    expect(reason(() => zbpPayload({ ...base, amountMinor: 1_000_000 }))).toBe("amountMinor:out_of_range");
    expect(reason(() => zbpPayload({ ...base, recipient: "R".repeat(21) }))).toBe("recipient:max_length_20");
    expect(reason(() => zbpPayload({ ...base, title: "T".repeat(33) }))).toBe("title:max_length_32");
    expect(reason(() => zbpPayload({ ...base, title: "a|b" }))).toBe("title:contains_separator");
    expect(isValidNip("1234563218")).toBe(true);
  });

  it("always has nine fields, six-digit amounts and at most 160 characters", () => {
    const text = (max: number) => fc.string({ minLength: 1, maxLength: max }).filter((s) => !s.includes("|"));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), text(20), text(32), (amountMinor, recipient, title) => {
        const payload = zbpPayload({ ...base, amountMinor, recipient, title });
        const fields = payload.split("|");
        expect(fields).toHaveLength(9);
        expect(fields[3]).toMatch(/^\d{6}$/);
        expect(Number(fields[3])).toBe(amountMinor);
        expect([...payload].length).toBeLessThanOrEqual(160);
      }),
      { numRuns: 200 },
    );
    expect(() => zbpPayload({ ...base, recipient: "" })).toThrow(DomainError);
  });
});
