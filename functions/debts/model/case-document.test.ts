import { describe, expect, it } from "vitest";
import { caseDocumentKey, cleanDocumentName, looksLike, maxCaseDocumentBytes, uploadProblem } from "./case-document";

const bytes = (...b: number[]) => Uint8Array.from(b);

describe("case documents", () => {
  it("accepts PDF, JPEG and PNG up to the size limit, nothing else", () => {
    expect(uploadProblem({ contentType: "application/pdf", sizeBytes: maxCaseDocumentBytes })).toBeUndefined();
    expect(uploadProblem({ contentType: "image/png", sizeBytes: 1 })).toBeUndefined();
    expect(uploadProblem({ contentType: "text/html", sizeBytes: 1 })).toBe("debts.document_type");
    expect(uploadProblem({ contentType: "image/svg+xml", sizeBytes: 1 })).toBe("debts.document_type");
    expect(uploadProblem({ contentType: "image/jpeg", sizeBytes: maxCaseDocumentBytes + 1 })).toBe(
      "debts.document_too_large",
    );
  });

  it("recognises a file by its first bytes, not by its name", () => {
    expect(looksLike("application/pdf", new TextEncoder().encode("%PDF-1.7"))).toBe(true);
    expect(looksLike("application/pdf", new TextEncoder().encode("<html>"))).toBe(false);
    expect(looksLike("image/jpeg", bytes(0xff, 0xd8, 0xff, 0xe0))).toBe(true);
    expect(looksLike("image/png", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe(true);
    expect(looksLike("image/png", bytes(0x89, 0x50))).toBe(false);
  });

  it("keeps the base name, drops control characters and quotes, keeps the extension when shortening", () => {
    expect(cleanDocumentName("C:\\scans\\Somație.pdf")).toBe("Somație.pdf");
    expect(cleanDocumentName('../"evil"\u0000name.png')).toBe("evilname.png");
    const long = `${"я".repeat(200)}.pdf`;
    expect(cleanDocumentName(long)).toHaveLength(120);
    expect(cleanDocumentName(long).endsWith(".pdf")).toBe(true);
  });

  it("stores files under the association first", () => {
    expect(caseDocumentKey("ro-a", "u5", "cd1")).toBe("ro-a/debt-cases/u5/cd1");
  });
});
