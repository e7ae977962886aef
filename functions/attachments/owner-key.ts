import { readAccountHead } from "../ledger/account-store";
import type { AppDeps } from "../platform/deps";
import { notFound } from "../platform/errors";
import { frameSealed, isSealedFile, unframeSealed } from "./model/sealed-file";

/**
 * Whose file it is. A personal account's files (meter photos, debt-case documents) are encrypted
 * under that account's data key; an association's own files are not personal data.
 */
export type FileOwner =
  | { kind: "account"; associationId: string; unitId: string }
  | { kind: "association"; associationId: string };

/** Turns a file into its stored form and back; the object key is bound into the ciphertext. */
export interface FileSealer {
  seal(objectKey: string, file: Uint8Array): Uint8Array;
  open(objectKey: string, stored: Uint8Array): Uint8Array;
}

/** The field name bound into every attachment's associated data (next to scope and object key). */
const field = "attachment";

/**
 * An account's files: AES-256-GCM under the account's data key, with associated data naming the
 * association, the unit and the object key (a file copied to another key or account fails to open).
 */
async function accountSealer(deps: AppDeps, associationId: string, unitId: string): Promise<FileSealer> {
  const head = await readAccountHead(deps, associationId, unitId);
  if (!head) throw notFound();
  return {
    seal: (objectKey, file) => frameSealed(head.key.sealBytes(objectKey, field, file)),
    open: (objectKey, stored) =>
      isSealedFile(stored) ? head.key.openBytes(objectKey, field, unframeSealed(stored)) : stored,
  };
}

/**
 * An association's files (none yet: notices, resolutions, scanned ballots will be) are not
 * personal: they are stored as they are, protected at rest by the bucket's server-side
 * encryption (SSE-S3 today; the platform key once the bucket moves to SSE-KMS), like the rest
 * of the association's data.
 */
export function associationSealer(): FileSealer {
  return { seal: (_key, file) => file, open: (_key, stored) => stored };
}

/**
 * The sealer of a file's owner. Files stored before attachments were encrypted carry no marker
 * and are read as they are.
 */
export function sealerOf(deps: AppDeps, owner: FileOwner): Promise<FileSealer> {
  if (owner.kind === "association") return Promise.resolve(associationSealer());
  return accountSealer(deps, owner.associationId, owner.unitId);
}
