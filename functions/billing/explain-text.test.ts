import { describe, expect, it } from "vitest";
import type { Explanation } from "../kernel/explanation";
import { explainLine, localDecimal } from "./explain-text";

const water: Explanation = {
  method: "consumption",
  parts: [
    { key: "consumption", component: "own", quantity: "9.500", uom: "m3", rate: "10.00", amountMinor: 9500 },
    {
      key: "persons",
      component: "building_difference",
      quantity: "3",
      uom: "person",
      rate: "2.50",
      buildingDifference: { quantity: "4.000", uom: "m3" },
      amountMinor: 750,
    },
  ],
};

describe("explainable bill sentences", () => {
  it("reads like the accountant would write it, in each language", () => {
    const line = {
      name: "Apă rece",
      amountMinor: 10250,
      explanation: water,
      decision: { number: "3", date: "2026-01-15" },
    };
    expect(explainLine(line, "RON", "ro")).toBe(
      "Apă rece: 9,5 m³ × 10,00 lei + 3 persoane × 2,50 lei din diferența pe bloc = 102,50 lei; hotărârea nr. 3 din 2026-01-15",
    );
    expect(explainLine(line, "RON", "en")).toContain("3 persons × 2.50 lei of the building difference = 102.50 lei");
    expect(explainLine({ ...line, name: "Woda" }, "PLN", "pl")).toContain("z różnicy na budynku = 102,50 zł");
    expect(explainLine({ ...line, name: "Вода" }, "RUB", "ru")).toContain("9,5 м³ × 10,00 ₽");
    expect(explainLine({ ...line, name: "Вода" }, "UAH", "uk")).toContain("з різниці по будинку");
  });

  it("formats decimals without floats", () => {
    expect(localDecimal("1234567.50", "ro")).toBe("1.234.567,50");
    expect(localDecimal("-1234.50", "en")).toBe("-1,234.50");
    expect(localDecimal("9.500", "pl", true)).toBe("9,5");
  });
});
