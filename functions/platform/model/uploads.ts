/**
 * Files the browser uploads straight to storage (presigned PUT) land under `pending/` first and
 * are copied to their final key only when attached (a debt-case document, a meter photo). The
 * documents bucket expires everything under `pending/` after `pendingUploadDays` (lib/data-stack.ts),
 * so an upload that is never attached does not stay forever. The local S3 stand-in runs no
 * lifecycle rules: there, abandoned uploads stay under `<data dir>/s3/<bucket>/pending/`.
 */
export const pendingUploadPrefix = "pending/";

/**
 * Days an unattached upload is kept. S3 counts from creation and rounds up to the next midnight
 * UTC, so an upload lives 2–3 days: time enough for a form left open overnight.
 */
export const pendingUploadDays = 2;

/** Where the browser uploads a file whose final key is `finalKey`. */
export function pendingKeyOf(finalKey: string): string {
  return `${pendingUploadPrefix}${finalKey}`;
}

/** The final key of an upload, given its pending key (a final key is returned as it is). */
export function finalKeyOf(key: string): string {
  return key.startsWith(pendingUploadPrefix) ? key.slice(pendingUploadPrefix.length) : key;
}
