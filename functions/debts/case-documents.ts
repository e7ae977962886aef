import type { AppDeps } from "../platform/deps";
import { appError, notFound } from "../platform/errors";
import { pendingKeyOf } from "../platform/model/uploads";
import { addCaseDocument, type CaseView, readCase } from "./cases";
import {
  type CaseDocument,
  caseDocumentKey,
  cleanDocumentName,
  isCaseDocumentType,
  looksLike,
  maxCaseDocumentBytes,
  maxCaseDocuments,
  sniffBytes,
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

/**
 * Step 1: checks the announced file (type, size, room in the case) and hands out a five-minute
 * upload URL with that size and type signed in. Nothing is written yet.
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
  // Uploaded under pending/ (expired by the bucket unless attached), copied to its key on attach.
  const key = pendingKeyOf(caseDocumentKey(associationId, unitId, documentId));
  const uploadUrl = await deps.blobs.uploadUrl(key, file.contentType, 300, file.sizeBytes);
  return { documentId, uploadUrl, headers: { "content-type": file.contentType } };
}

/** What the stored object really is: an accepted type, within the size, starting like that type. */
async function checkStored(deps: AppDeps, key: string) {
  const stored = await deps.blobs.head(key);
  if (!stored) throw refused("debts.document_not_uploaded", "documentId");
  const type = stored.contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  let problem = uploadProblem({ contentType: type, sizeBytes: stored.sizeBytes });
  if (!problem && stored.sizeBytes === 0) problem = "debts.document_not_uploaded";
  if (!problem && isCaseDocumentType(type)) {
    const start = await deps.blobs.readStart(key, Math.min(sniffBytes, stored.sizeBytes));
    if (!looksLike(type, start)) problem = "debts.document_type";
  }
  if (problem) {
    // A refused file is not kept: nothing points to it, nobody could ever delete it later.
    await deps.blobs.delete(key);
    throw refused(problem, "documentId");
  }
  return { contentType: type as CaseDocument["contentType"], sizeBytes: stored.sizeBytes };
}

/**
 * The checked file behind a document key. Normally it is still under pending/: checked there and
 * copied to its key. A concurrent or repeated attach may find it copied already (it is checked
 * again, cheaply); the pending object is left for the bucket to expire, so such a replay still
 * finds it.
 */
async function moveUpload(deps: AppDeps, key: string) {
  if (await deps.blobs.head(key)) return { stored: await checkStored(deps, key), copied: false };
  const pending = pendingKeyOf(key);
  const stored = await checkStored(deps, pending);
  await deps.blobs.copy(pending, key);
  return { stored, copied: true };
}

/**
 * Step 2: attaches the uploaded object to the case after checking what was stored (the local
 * storage stand-in does not enforce the signed size and type, and a browser can lie about a
 * type), moving it out of pending/. Attaching the same document twice lists it once.
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
  const { stored, copied } = await moveUpload(deps, key);
  const document: CaseDocument = {
    documentId: input.documentId,
    name,
    ...stored,
    uploadedBy: input.uploadedBy,
    uploadedAt: deps.clock.now().toISOString(),
  };
  try {
    return await addCaseDocument(deps, associationId, unitId, document, maxCaseDocuments);
  } catch (error) {
    // Not listed (the case is full, or gone): a copy nothing points to would stay forever.
    if (copied) await deps.blobs.delete(key);
    throw error;
  }
}

/** A one-minute download URL of a document the case lists (never of an object it does not). */
export async function caseDocumentDownloadUrl(
  deps: AppDeps,
  associationId: string,
  unitId: string,
  documentId: string,
): Promise<string> {
  const current = await readCase(deps, associationId, unitId);
  const document = current?.documents.find((d) => d.documentId === documentId);
  if (!document) throw notFound();
  return deps.blobs.downloadUrl(caseDocumentKey(associationId, unitId, documentId), document.name, 60);
}
