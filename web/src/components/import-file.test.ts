import { describe, expect, it } from "vitest";
import { parseCsvPreview } from "./import-file";

describe("parseCsvPreview", () => {
  it("reads quoted cells, doubled quotes and CRLF line ends, skipping blank lines", () => {
    const text = '\uFEFFnumber,owner\r\n12,"Popescu, Ana"\r\n\r\n13,"say ""hi"""\r\n';
    expect(parseCsvPreview(text)).toEqual([
      ["number", "owner"],
      ["12", "Popescu, Ana"],
      ["13", 'say "hi"'],
    ]);
  });

  it("uses semicolons when the header has them and no commas (Excel in ro/pl locales)", () => {
    expect(parseCsvPreview("meterId;value1\nu015-wc;900,5")).toEqual([
      ["meterId", "value1"],
      ["u015-wc", "900,5"],
    ]);
  });
});
