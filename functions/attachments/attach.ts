import type { AppDeps } from "../platform/deps";
import { pendingKeyOf } from "../platform/model/uploads";
import { type AttachmentType, declaredType, looksLike } from "./model/file-types";
import { stripMetadata } from "./model/strip-metadata";
import { type FileOwner, sealerOf } from "./owner-key";

/** What a domain accepts for one kind of upload (a meter photo, a case document). */
export interface AttachmentKind {
  types: readonly AttachmentType[];
  maxBytes: number;
}

/** Why an upload is refused; the domain turns it into its own translated message. */
export type UploadProblem = "not_uploaded" | "type" | "size";

export class AttachmentRefused extends Error {
  override name = "AttachmentRefused";
  constructor(readonly problem: UploadProblem) {
    super(`upload refused: ${problem}`);
  }
}

/** Upload URLs live five minutes: long enough for a phone on a slow line, short for a leaked link. */
const uploadSeconds = 300;

/** The problem with a declared file, if any (checked before a URL is handed out, and again on attach). */
export function declaredProblem(kind: AttachmentKind, file: { contentType: string; sizeBytes: number }) {
  const type = declaredType(file.contentType);
  if (!type || !kind.types.includes(type)) return "type" as const;
  if (file.sizeBytes > kind.maxBytes) return "size" as const;
  return undefined;
}

/**
 * Step 1: a presigned PUT to `pending/<final key>`, with the declared type and size signed in, so
 * storage refuses any other file. The bucket expires what is never attached.
 */
export async function requestUpload(
  deps: AppDeps,
  kind: AttachmentKind,
  finalKey: string,
  file: { contentType: string; sizeBytes: number },
): Promise<{ uploadUrl: string; pendingKey: string }> {
  const problem = declaredProblem(kind, file);
  if (problem) throw new AttachmentRefused(problem);
  const pendingKey = pendingKeyOf(finalKey);
  const uploadUrl = await deps.blobs.uploadUrl(pendingKey, file.contentType, uploadSeconds, file.sizeBytes);
  return { uploadUrl, pendingKey };
}

/**
 * What was really uploaded: the declared type accepted, the size within the limit and not empty,
 * the first bytes those of the type (the local storage stand-in does not enforce the signed
 * size and type, and a browser can lie about a type).
 */
async function checkedUpload(deps: AppDeps, kind: AttachmentKind, pendingKey: string) {
  const stored = await deps.blobs.read(pendingKey);
  if (!stored || stored.body.length === 0) return { problem: "not_uploaded" as const };
  const type = declaredType(stored.contentType);
  const problem = declaredProblem(kind, { contentType: stored.contentType, sizeBytes: stored.body.length });
  if (problem || !type) return { problem: problem ?? ("type" as const) };
  if (!looksLike(type, stored.body)) return { problem: "type" as const };
  return { type, body: stored.body };
}

/** The problem with an upload still under pending/, without attaching it (undefined: acceptable). */
export async function uploadProblem(deps: AppDeps, kind: AttachmentKind, finalKey: string) {
  return (await checkedUpload(deps, kind, pendingKeyOf(finalKey))).problem;
}

/**
 * Step 2: checks the upload, strips photo metadata (EXIF, GPS), encrypts it for its owner and
 * stores it under its final key; the plaintext upload is then deleted, as is a refused one
 * (nothing points to it). Attaching twice is harmless: an object already stored is left as it
 * is (`stored: false`).
 */
export async function attach(
  deps: AppDeps,
  kind: AttachmentKind,
  finalKey: string,
  owner: FileOwner,
): Promise<{ contentType: AttachmentType; sizeBytes: number; stored: boolean }> {
  const existing = await attached(deps, finalKey, owner);
  if (existing) return existing;
  const pendingKey = pendingKeyOf(finalKey);
  const upload = await checkedUpload(deps, kind, pendingKey);
  if (upload.problem || !upload.body) {
    // A concurrent attach of the same upload may have stored it and removed the upload meanwhile.
    const raced = upload.problem === "not_uploaded" ? await attached(deps, finalKey, owner) : undefined;
    if (raced) return raced;
    await deps.blobs.delete(pendingKey);
    throw new AttachmentRefused(upload.problem ?? "not_uploaded");
  }
  const clean = stripMetadata(upload.type, upload.body);
  const sealer = await sealerOf(deps, owner);
  await deps.blobs.put(finalKey, sealer.seal(finalKey, clean), upload.type);
  // The plaintext upload goes at once (the bucket would expire it in days; the local store never).
  await deps.blobs.delete(pendingKey);
  return { contentType: upload.type, sizeBytes: clean.length, stored: true };
}

/** The file already stored under its final key, if any (a repeated attach). */
async function attached(deps: AppDeps, finalKey: string, owner: FileOwner) {
  const existing = await readAttachment(deps, finalKey, owner);
  const type = existing && declaredType(existing.contentType);
  return existing && type ? { contentType: type, sizeBytes: existing.body.length, stored: false } : undefined;
}

/** An attached file as its owner wrote it (decrypted; an older plaintext file as it is). */
export async function readAttachment(
  deps: AppDeps,
  finalKey: string,
  owner: FileOwner,
): Promise<{ body: Uint8Array; contentType: string } | undefined> {
  const stored = await deps.blobs.read(finalKey);
  if (!stored) return undefined;
  const sealer = await sealerOf(deps, owner);
  return { body: sealer.open(finalKey, stored.body), contentType: stored.contentType };
}
