import { describe, expect, it } from "vitest";
import type { DomainError } from "../../../kernel/errors";
import { gostPayload } from "./gost";

const base = {
  name: "ТСЖ «Берёзка»",
  personalAcc: "40702810138250123017",
  bankName: "ПАО Сбербанк",
  bic: "044525225",
  correspAcc: "30101810400000000225",
};

describe("gostPayload", () => {
  it("builds the required block", () => {
    expect(gostPayload(base)).toBe(
      "ST00012|Name=ТСЖ «Берёзка»|PersonalAcc=40702810138250123017|BankName=ПАО Сбербанк|BIC=044525225|CorrespAcc=30101810400000000225",
    );
  });

  it("appends the optional fields in order", () => {
    const payload = gostPayload({
      ...base,
      payeeInn: "7707083893",
      persAcc: "000123",
      sumMinor: 312_440,
      paymPeriod: "102025",
      purpose: "ЖКУ за октябрь 2025",
    });
    expect(payload.split("|").slice(6)).toEqual([
      "PayeeINN=7707083893",
      "PersAcc=000123",
      "Sum=312440",
      "PaymPeriod=102025",
      "Purpose=ЖКУ за октябрь 2025",
    ]);
  });

  it("rejects separators and bad numbers", () => {
    const reason = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return `${(e as DomainError).details.field}:${(e as DomainError).details.reason}`;
      }
    };
    expect(reason(() => gostPayload({ ...base, name: "A|B" }))).toBe("name:contains_separator");
    expect(reason(() => gostPayload({ ...base, purpose: "x|y" }))).toBe("purpose:contains_separator");
    expect(reason(() => gostPayload({ ...base, personalAcc: "40702810138250123018" }))).toBe("personalAcc:invalid");
    expect(reason(() => gostPayload({ ...base, correspAcc: "30101810400000000226" }))).toBe("correspAcc:invalid");
    expect(reason(() => gostPayload({ ...base, bic: "04452522" }))).toBe("bic:invalid");
    expect(reason(() => gostPayload({ ...base, payeeInn: "123" }))).toBe("payeeInn:invalid");
    expect(reason(() => gostPayload({ ...base, paymPeriod: "132025" }))).toBe("paymPeriod:invalid");
    expect(reason(() => gostPayload({ ...base, sumMinor: -1 }))).toBe("sumMinor:out_of_range");
    expect(reason(() => gostPayload({ ...base, bankName: "Б".repeat(46) }))).toBe("bankName:max_length_45");
  });
});
