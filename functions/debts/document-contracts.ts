import { z } from "zod";
import { defineContract } from "../platform/http/contract";
import { idSchema, unitParams } from "../platform/model/schemas";
import { caseSchema } from "./contracts";

/**
 * Documents of a debt-collection case. The file never passes through the API: the board asks
 * for a short-lived upload URL bound to the announced size and type, the browser PUTs the file
 * to storage, then the document is attached to the case once the stored object is checked.
 */
const base = "/api/admin/associations/{associationId}/units/{unitId}/debt-case/documents";
const read = { kind: "action", action: "debts.read" } as const;
const write = { kind: "action", action: "debts.write" } as const;
const nameSchema = z.string().min(1).max(200);

export const caseDocumentUploadContract = defineContract({
  id: "debts.caseDocumentUpload",
  group: "admin",
  method: "post",
  path: `${base}/upload-url`,
  summary: "A short-lived URL to upload a case document (PDF, JPEG or PNG, at most 4 MB); attach it afterwards",
  access: write,
  params: unitParams,
  body: z
    .object({ name: nameSchema, contentType: z.string().min(1).max(100), sizeBytes: z.number().int().min(1) })
    .strict(),
  response: z.object({
    documentId: z.string(),
    uploadUrl: z.string(),
    /** Headers the upload must carry exactly (they are part of the signature). */
    headers: z.object({ "content-type": z.string() }),
  }),
});

export const attachCaseDocumentContract = defineContract({
  id: "debts.attachCaseDocument",
  group: "admin",
  method: "post",
  path: base,
  summary: "Attaches an uploaded document to the unit's case after checking its size and type",
  access: write,
  params: unitParams,
  body: z.object({ documentId: idSchema, name: nameSchema }).strict(),
  response: z.object({ case: caseSchema }),
  status: 201,
});

export const caseDocumentFile = defineContract({
  id: "debts.caseDocument",
  group: "files",
  method: "get",
  path: "/api/files/associations/{associationId}/units/{unitId}/debt-case/documents/{documentId}",
  summary: "Downloads a case document (a redirect to a short-lived storage URL)",
  access: read,
  params: unitParams.extend({ documentId: idSchema }).strict(),
  response: z.string(),
  status: 302,
  produces: "application/octet-stream",
});
