import { describe, expect, it } from "vitest";
import { caseDocumentKey, cleanDocumentName, maxCaseDocumentBytes, uploadProblem } from "./case-document";

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
