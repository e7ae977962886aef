import { AttachmentRefused, attach, requestUpload, type UploadProblem } from "../attachments/attach";
import { attachmentLink } from "../attachments/links";
import type { AppDeps } from "../platform/deps";
import { appError, notFound } from "../platform/errors";
import { addCaseDocument, type CaseView, readCase } from "./cases";
import {
  type CaseDocument,
  caseDocumentKey,
  caseDocumentTypes,
  cleanDocumentName,
  maxCaseDocumentBytes,
  maxCaseDocuments,
  uploadProblem,
} from "./model/case-document";

const maxMb = maxCaseDocumentBytes / (1024 * 1024);

/** A refused file, naming the field the board can fix. */
function refused(code: string, path: string) {
  const params = { max: code === "debts.document_too_large" ? maxMb : maxCaseDocuments };
  return appError(code, { fields: [{ path, code, params }], params });
}

async function openCase(deps: AppDeps, associationId: string, unitId: string): Promise<CaseView> {
  const current = await readCase(deps, associationId, unitId);
  if (!current) throw appError("debts.no_case", { status: 409 });
  return current;
}

/** What a case accepts, for the attachments service. */
const caseDocumentKind = { types: caseDocumentTypes, maxBytes: maxCaseDocumentBytes };

/** The case's message for a refused upload, naming the field. */
const problemCodes: Record<UploadProblem, string> = {
  type: "debts.document_type",
  size: "debts.document_too_large",
  not_uploaded: "debts.document_not_uploaded",
};

/** The owner of a case's files: the unit's personal account (they are encrypted under its key). */
const ownerOf = (associationId: string, unitId: string) => ({ kind: "account" as const, associationId, unitId });

/**
 * Step 1: checks the announced file (type, size, room in the case) and hands out a five-minute
 * upload URL to pending/ with that size and type signed in. Nothing is written yet.
 */
export async function startCaseDocumentUpload(
  deps: AppDeps,
  associationId: string,
  unitId: string,
  file: { name: string; contentType: string; sizeBytes: number },
) {
  const problem = uploadProblem(file);
  if (problem) throw refused(problem, problem === "debts.document_type" ? "contentType" : "sizeBytes");
  const current = await openCase(deps, associationId, unitId);
  if (current.documents.length >= maxCaseDocuments) throw refused("debts.too_many_documents", "name");
  const documentId = deps.ids.next("cd");
  const key = caseDocumentKey(associationId, unitId, documentId);
  const { uploadUrl } = await requestUpload(deps, caseDocumentKind, key, file);
  return { documentId, uploadUrl, headers: { "content-type": file.contentType } };
}

/**
 * The checked, encrypted file behind a document key (attachments service): the upload under
 * pending/ is checked (type, size, first bytes), stripped of photo metadata and stored under its
 * key, and the upload is removed. A repeated attach finds it stored.
 */
async function attachFile(deps: AppDeps, associationId: string, unitId: string, key: string) {
  try {
    return await attach(deps, caseDocumentKind, key, ownerOf(associationId, unitId));
  } catch (error) {
    if (error instanceof AttachmentRefused) throw refused(problemCodes[error.problem], "documentId");
    throw error;
  }
}

/**
 * Step 2: attaches the uploaded object to the case after checking what was stored (the local
 * storage stand-in does not enforce the signed size and type, and a browser can lie about a
 * type). Attaching the same document twice lists it once.
 */
export async function attachCaseDocument(
  deps: AppDeps,
  associationId: string,
  unitId: string,
  input: { documentId: string; name: string; uploadedBy: string },
): Promise<CaseView> {
  const current = await openCase(deps, associationId, unitId);
  if (current.documents.some((d) => d.documentId === input.documentId)) return current;
  const name = cleanDocumentName(input.name);
  if (!name) throw appError("request.invalid", { fields: [{ path: "name", code: "required" }] });
  const key = caseDocumentKey(associationId, unitId, input.documentId);
  const stored = await attachFile(deps, associationId, unitId, key);
  const document: CaseDocument = {
    documentId: input.documentId,
    name,
    contentType: stored.contentType as CaseDocument["contentType"],
    sizeBytes: stored.sizeBytes,
    uploadedBy: input.uploadedBy,
    uploadedAt: deps.clock.now().toISOString(),
  };
  try {
    return await addCaseDocument(deps, associationId, unitId, document, maxCaseDocuments);
  } catch (error) {
    // Not listed (the case is full, or gone): a copy nothing points to would stay forever.
    if (stored.stored) await deps.blobs.delete(key);
    throw error;
  }
}

/**
 * A one-minute download link of a document the case lists (never of an object it does not):
 * the files Lambda decrypts it (links.ts in attachments).
 */
export async function caseDocumentDownloadUrl(
  deps: AppDeps,
  associationId: string,
  unitId: string,
  documentId: string,
): Promise<string> {
  const current = await readCase(deps, associationId, unitId);
  const document = current?.documents.find((d) => d.documentId === documentId);
  if (!document) throw notFound();
  const key = caseDocumentKey(associationId, unitId, documentId);
  return attachmentLink(deps, {
    key,
    owner: ownerOf(associationId, unitId),
    fileName: document.name,
    disposition: "attachment",
  });
}
