import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseDocumentKey } from "../../functions/debts/model/case-document";
import { fixedClock } from "../../functions/platform/clock";
import { keys } from "../../functions/platform/keys";
import { pendingKeyOf } from "../../functions/platform/model/uploads";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";
import { signInWithTotp } from "./support/identity";

/**
 * Documents of a debt-collection case: announced, uploaded straight to storage through a
 * presigned URL, checked and attached to the case (stored encrypted under the unit's account key,
 * its name sealed with the notes), downloaded through a short-lived signed link by the board; refused when of the wrong type or too large; never shown to owners.
 */
let domus: TestDomus;
const clock = fixedClock("2026-12-26T08:00:00Z");
const ro = "ro-lalelelor-m7";
const accountant = new ApiClient("", "ro");
const board = new ApiClient("", "en");
const owner = new ApiClient("", "en");

const admin = `/api/admin/associations/${ro}`;
const documents = (unitId: string) => `${admin}/units/${unitId}/debt-case/documents`;
const download = (unitId: string, documentId: string) =>
  `/api/files/associations/${ro}/units/${unitId}/debt-case/documents/${documentId}`;

const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");

interface Doc {
  documentId: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  uploadedBy: string;
}
interface Upload {
  documentId: string;
  uploadUrl: string;
  headers: Record<string, string>;
}
type ErrorAnswer = { error: { code: string; message: string; fields: { path: string; message: string }[] } };

beforeAll(async () => {
  domus = await startTestDomus({ clock });
  for (const c of [accountant, board, owner]) Object.assign(c, { baseUrl: domus.url });
  const now = () => clock.now().getTime();
  expect((await signInWithTotp(accountant, "maria.stan@example.com", { now })).status).toBe(200);
  clock.advance(30_000);
  expect((await signInWithTotp(board, "victor.pop@example.com", { now })).status).toBe(200);
  expect((await owner.signIn("ana.popescu@example.com")).status).toBe(200);
  for (const unitId of ["u005", "u012"]) {
    const opened = await accountant.post(`${admin}/units/${unitId}/debt-case/notes`, {
      date: "2026-12-26",
      text: "Somație trimisă",
      status: "notice_sent",
    });
    expect(opened.status).toBe(201);
  }
}, 120_000);

afterAll(async () => {
  await domus?.stop();
});

/** Announces a file, then PUTs the bytes to the presigned URL as a browser would. */
async function upload(unitId: string, name: string, contentType: string, bytes: Uint8Array) {
  const start = await accountant.post<Upload>(`${documents(unitId)}/upload-url`, {
    name,
    contentType,
    sizeBytes: bytes.length,
  });
  expect(start.status).toBe(200);
  const put = await fetch(start.body.uploadUrl, {
    method: "PUT",
    headers: start.body.headers,
    body: new Blob([new Uint8Array(bytes)]),
  });
  expect(put.status).toBe(200);
  return start.body.documentId;
}

describe("case documents", () => {
  let documentId = "";
  const name = "Somație – Popescu 2026.pdf";

  it("uploads through a presigned URL, attaches once (replays too) and lists it with the case", async () => {
    documentId = await upload("u005", name, "application/pdf", pdf);
    const attached = await Promise.all(
      [1, 2, 3].map(() => accountant.post<{ case: { documents: Doc[] } }>(documents("u005"), { documentId, name })),
    );
    expect(attached.map((a) => a.status)).toEqual([201, 201, 201]);
    const list = await board.get<{ cases: { unitId: string; documents: Doc[]; notes: unknown[] }[] }>(
      `${admin}/debt-cases`,
    );
    const theCase = list.body.cases.find((c) => c.unitId === "u005");
    expect(theCase?.notes).toHaveLength(1);
    expect(theCase?.documents).toEqual([
      expect.objectContaining({ documentId, name, contentType: "application/pdf", sizeBytes: pdf.length }),
    ]);
    expect(theCase?.documents[0]?.uploadedBy).toMatch(/\S/);
  });

  it("uploads under pending/ (expired by the bucket unless attached) and copies the file out on attach", async () => {
    const start = await accountant.post<Upload>(`${documents("u012")}/upload-url`, {
      name: "plan.pdf",
      contentType: "application/pdf",
      sizeBytes: pdf.length,
    });
    const key = caseDocumentKey(ro, "u012", start.body.documentId);
    expect(decodeURIComponent(new URL(start.body.uploadUrl).pathname)).toContain(`/${pendingKeyOf(key)}`);
    await fetch(start.body.uploadUrl, { method: "PUT", headers: start.body.headers, body: new Blob([pdf]) });
    expect(await domus.deps.blobs.head(key)).toBeUndefined();
    const answer = await accountant.post(documents("u012"), { documentId: start.body.documentId, name: "plan.pdf" });
    expect(answer.status).toBe(201);
    expect(await domus.deps.blobs.head(key)).toMatchObject({ contentType: "application/pdf" });
    // Stored encrypted under the unit's account key: no byte of the PDF in the clear.
    const stored = Buffer.from(await domus.deps.blobs.get(key));
    expect(stored.includes("%PDF")).toBe(false);
    expect(stored.includes("endobj")).toBe(false);
    // Attached again later (the pending copy gone, as the bucket would expire it): still listed once.
    await domus.deps.blobs.delete(pendingKeyOf(key));
    expect(
      (await accountant.post(documents("u012"), { documentId: start.body.documentId, name: "plan.pdf" })).status,
    ).toBe(201);
    const cases = await board.get<{ cases: { unitId: string; documents: Doc[] }[] }>(`${admin}/debt-cases`);
    const listed = cases.body.cases.find((c) => c.unitId === "u012")?.documents ?? [];
    expect(listed.filter((d) => d.documentId === start.body.documentId)).toHaveLength(1);
  });

  it("keeps the document's name sealed in the case item (never in plaintext)", async () => {
    const raw = await domus.deps.table.get(keys.collectionCase(ro, "u005"), true);
    expect(JSON.stringify(raw)).not.toContain("Popescu");
    expect(JSON.stringify(raw)).toContain("sealedDocuments");
  });

  it("downloads through a short-lived signed link that decrypts it, with the original name", async () => {
    const answer = await fetch(`${domus.url}${download("u005", documentId)}`, {
      headers: { cookie: board.cookie ?? "" },
      redirect: "manual",
    });
    expect(answer.status).toBe(302);
    const location = answer.headers.get("location") ?? "";
    expect(location.startsWith(`${domus.url}/api/files/attachments/`)).toBe(true);
    // A link whose signature does not match (another object named in it) finds nothing.
    const [payload = "", signature = ""] = (location.split("/").pop() ?? "").split(".");
    const other = Buffer.from(Buffer.from(payload, "base64url").toString().replace(documentId, "cdother")).toString(
      "base64url",
    );
    expect((await fetch(`${domus.url}/api/files/attachments/${other}.${signature}`)).status).toBe(404);
    const file = await fetch(location);
    expect(file.status).toBe(200);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdf);
    expect(file.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent(name)}`);
    // A document stored before files were encrypted (plaintext, no marker) still downloads as it is.
    await domus.deps.blobs.put(caseDocumentKey(ro, "u005", documentId), pdf, "application/pdf");
    const legacy = await fetch(`${domus.url}${download("u005", documentId)}`, {
      headers: { cookie: board.cookie ?? "" },
    });
    expect(new Uint8Array(await legacy.arrayBuffer())).toEqual(pdf);
    const missing = await board.get(download("u005", "cdnothere"));
    expect(missing.status).toBe(404);
  });

  it("refuses a wrong type or a file too large with a translated error naming the field", async () => {
    const wrongType = await accountant.post<ErrorAnswer>(`${documents("u005")}/upload-url`, {
      name: "page.html",
      contentType: "text/html",
      sizeBytes: 100,
    });
    expect(wrongType.status).toBe(422);
    expect(wrongType.body.error.code).toBe("debts.document_type");
    expect(wrongType.body.error.message).toBe("Se pot atașa doar fișiere PDF, JPEG și PNG.");
    expect(wrongType.body.error.fields[0]?.path).toBe("contentType");
    const tooLarge = await accountant.post<ErrorAnswer>(`${documents("u005")}/upload-url`, {
      name: "scan.pdf",
      contentType: "application/pdf",
      sizeBytes: 5 * 1024 * 1024,
    });
    expect(tooLarge.status).toBe(422);
    expect(tooLarge.body.error).toMatchObject({
      code: "debts.document_too_large",
      message: "Fișierul depășește 4 MB.",
    });
    expect(tooLarge.body.error.fields[0]?.path).toBe("sizeBytes");
  });

  it("checks what was really stored: a page renamed to .png is refused and deleted", async () => {
    const fake = await upload("u005", "photo.png", "image/png", html);
    const attach = await accountant.post<ErrorAnswer>(documents("u005"), { documentId: fake, name: "photo.png" });
    expect(attach.status).toBe(422);
    expect(attach.body.error.code).toBe("debts.document_type");
    expect(await domus.deps.blobs.head(caseDocumentKey(ro, "u005", fake))).toBeUndefined();
    expect(await domus.deps.blobs.head(pendingKeyOf(caseDocumentKey(ro, "u005", fake)))).toBeUndefined();
    // Storage here does not enforce the signed size: an empty body is refused when attaching.
    const slot = await accountant.post<Upload>(`${documents("u005")}/upload-url`, {
      name: "empty.pdf",
      contentType: "application/pdf",
      sizeBytes: 10,
    });
    await fetch(slot.body.uploadUrl, { method: "PUT", headers: slot.body.headers, body: "" });
    const empty = await accountant.post<ErrorAnswer>(documents("u005"), {
      documentId: slot.body.documentId,
      name: "e.pdf",
    });
    expect(empty.status).toBe(422);
    expect(empty.body.error.code).toBe("debts.document_not_uploaded");
    const never = await accountant.post<ErrorAnswer>(documents("u005"), {
      documentId: "cdneveruploaded",
      name: "x.pdf",
    });
    expect(never.status).toBe(422);
    expect(never.body.error.code).toBe("debts.document_not_uploaded");
    const cases = await board.get<{ cases: { unitId: string; documents: Doc[] }[] }>(`${admin}/debt-cases`);
    expect(cases.body.cases.find((c) => c.unitId === "u005")?.documents).toHaveLength(1);
  });

  it("needs an open case", async () => {
    const noCase = await accountant.post<ErrorAnswer>(`${documents("u010")}/upload-url`, {
      name: "a.pdf",
      contentType: "application/pdf",
      sizeBytes: 10,
    });
    expect(noCase.status).toBe(409);
    expect(noCase.body.error.code).toBe("debts.no_case");
  });

  it("never shows case documents to the owner, even of their own unit; the board only reads", async () => {
    const own = await upload("u012", "Plan de plată.png", "image/png", pngBytes());
    expect((await accountant.post(documents("u012"), { documentId: own, name: "Plan de plată.png" })).status).toBe(201);
    expect((await owner.get(download("u012", own))).status).toBe(403);
    expect((await owner.get(`${admin}/debt-cases`)).status).toBe(403);
    const ownerUpload = await owner.post(`${documents("u012")}/upload-url`, {
      name: "x.pdf",
      contentType: "application/pdf",
      sizeBytes: 10,
    });
    expect(ownerUpload.status).toBe(403);
    expect((await board.post(documents("u012"), { documentId: own, name: "x" })).status).toBe(403);
    const boardRead = await fetch(`${domus.url}${download("u012", own)}`, {
      headers: { cookie: board.cookie ?? "" },
      redirect: "manual",
    });
    expect(boardRead.status).toBe(302);
  });
});

/** A 1×1 PNG. */
function pngBytes(): Uint8Array {
  return Uint8Array.from(
    Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
      "base64",
    ),
  );
}
