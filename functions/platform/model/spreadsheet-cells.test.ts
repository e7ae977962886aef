import { describe, expect, it } from "vitest";
import { spreadsheetCell, spreadsheetRows, unescapeSpreadsheetCell } from "./spreadsheet-cells";

describe("exported spreadsheet cells", () => {
  it("defuses text that a spreadsheet would run as a formula", () => {
    for (const text of ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)"])
      expect(spreadsheetCell(text)).toBe(`'${text}`);
    expect(spreadsheetCell("\t=1+2")).toBe("'\t=1+2");
    expect(spreadsheetCell("\r=1+2")).toBe("'\r=1+2");
  });

  it("keeps plain numbers, negative amounts included, and ordinary text", () => {
    for (const value of ["-7.00", "-1", "+5", "-12,50", "1250.00", "Popescu Ana", "a=b", "M7-011", ""])
      expect(spreadsheetCell(value)).toBe(value);
  });

  it("escapes every cell of the rows, and reads an escaped cell back", () => {
    expect(
      spreadsheetRows([
        ["unit", "=1+2"],
        ["-3.00", "@x"],
      ]),
    ).toEqual([
      ["unit", "'=1+2"],
      ["-3.00", "'@x"],
    ]);
    for (const value of ["=1+2", "@x", "-2+3", "-7.00", "'quoted", "plain"])
      expect(unescapeSpreadsheetCell(spreadsheetCell(value))).toBe(value);
  });
});
