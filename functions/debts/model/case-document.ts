/**
 * The documents of a debt-collection case (the formal notice, a court filing, a payment-plan
 * agreement): which files are accepted and how they are named. Pure.
 */

/** What a case accepts: scans and signed letters, nothing that runs in a browser. */
export const caseDocumentTypes = ["application/pdf", "image/jpeg", "image/png"] as const;
export type CaseDocumentType = (typeof caseDocumentTypes)[number];

/**
 * 4 MB: a scanned filing of a few dozen pages at office-scanner quality. Case documents are sealed
 * under the account's key and served decrypted by the files Lambda, whose answer (base64) is at
 * most 6 MB: 4 MB is what fits. Larger files need SSE-KMS with a presigned GET (docs/architecture.md).
 */
export const maxCaseDocumentBytes = 4 * 1024 * 1024;

/** Documents per case: the list is stored in the case item, which must stay small. */
export const maxCaseDocuments = 100;

/** The metadata kept with the case (sealed with the notes: names may name people). */
export interface CaseDocument {
  documentId: string;
  name: string;
  contentType: CaseDocumentType;
  sizeBytes: number;
  uploadedBy: string;
  uploadedAt: string;
}

export function isCaseDocumentType(value: string): value is CaseDocumentType {
  return (caseDocumentTypes as readonly string[]).includes(value);
}

/** Why an announced upload is refused, as a translation key; undefined when it is acceptable. */
export function uploadProblem(file: { contentType: string; sizeBytes: number }): string | undefined {
  if (!isCaseDocumentType(file.contentType)) return "debts.document_type";
  if (file.sizeBytes > maxCaseDocumentBytes) return "debts.document_too_large";
  return undefined;
}

/**
 * The name shown and offered on download: the base name only (no folders), no control
 * characters, trimmed to 120 characters keeping the extension.
 */
export function cleanDocumentName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  if (clean.length <= 120) return clean;
  const dot = clean.lastIndexOf(".");
  const ext = dot > 0 && clean.length - dot <= 6 ? clean.slice(dot) : "";
  return `${clean.slice(0, 120 - ext.length)}${ext}`;
}

/** The object key of a case document: association first, like every stored blob. */
export function caseDocumentKey(associationId: string, unitId: string, documentId: string): string {
  return `${associationId}/debt-cases/${unitId}/${documentId}`;
}
