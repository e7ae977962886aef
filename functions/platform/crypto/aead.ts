import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * AES-256-GCM for one field. The associated data names the item and the field, so a ciphertext
 * copied into another item, account or attribute fails to decrypt. Format: `v1.<iv>.<ct><tag>`
 * in base64url — about 29 bytes over the plaintext.
 */
export function sealField(key: Buffer, aad: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return `v1.${iv.toString("base64url")}.${body.toString("base64url")}`;
}

export class DecryptionError extends Error {
  override name = "DecryptionError";
}

export function openField(key: Buffer, aad: string, sealed: string): string {
  const [version, ivText, bodyText] = sealed.split(".");
  if (version !== "v1" || !ivText || !bodyText) throw new DecryptionError("unknown ciphertext format");
  const body = Buffer.from(bodyText, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(ivText, "base64url"));
  decipher.setAAD(Buffer.from(aad, "utf8"));
  decipher.setAuthTag(body.subarray(body.length - 16));
  try {
    return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString("utf8");
  } catch (cause) {
    throw new DecryptionError("ciphertext does not belong to this item or key", { cause });
  }
}

/**
 * AES-256-GCM for a whole file (an attachment): `<iv 12><ciphertext><tag 16>` as bytes, 28 bytes
 * over the plaintext. The associated data binds it to its owner and object key, as for fields.
 */
export function sealBytes(key: Buffer, aad: string, plaintext: Uint8Array): Uint8Array {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(aad, "utf8"));
  return plainArray(Buffer.concat([iv, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]));
}

export function openBytes(key: Buffer, aad: string, sealed: Uint8Array): Uint8Array {
  if (sealed.length < 28) throw new DecryptionError("sealed file too short");
  const decipher = createDecipheriv("aes-256-gcm", key, sealed.subarray(0, 12));
  decipher.setAAD(Buffer.from(aad, "utf8"));
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  try {
    return plainArray(Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]));
  } catch (cause) {
    throw new DecryptionError("file does not belong to this object or key", { cause });
  }
}

/** A Buffer's bytes as a plain Uint8Array (what the S3 client and comparisons expect), no copy. */
function plainArray(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
}
