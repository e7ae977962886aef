import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { currentVersion, type MasterKeyring } from "./kms-keyring";

/**
 * The local CiphertextBlob: format byte, key id (16 bytes of its UUID), key version (uint32 BE),
 * 12-byte IV, 16-byte GCM tag, then the ciphertext. The header and the encryption context are
 * the associated data, so a blob only opens with the very context it was sealed with.
 */
const format = 1;
const headerLength = 1 + 16 + 4;
const ivLength = 12;
const tagLength = 16;

export type EncryptionContext = Record<string, string>;

/** Thrown for any blob that cannot be opened; the server maps it to InvalidCiphertextException. */
export class InvalidCiphertext extends Error {
  override readonly name = "InvalidCiphertext";
}

/** Seals plaintext with the newest master key version. */
export function seal(ring: MasterKeyring, plaintext: Buffer, context: EncryptionContext = {}): Buffer {
  const version = currentVersion(ring);
  const header = Buffer.alloc(headerLength);
  header.writeUInt8(format, 0);
  Buffer.from(ring.keyId.replaceAll("-", ""), "hex").copy(header, 1);
  header.writeUInt32BE(version.version, 17);
  const iv = randomBytes(ivLength);
  const cipher = createCipheriv("aes-256-gcm", version.key, iv);
  cipher.setAAD(associatedData(header, context));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([header, iv, cipher.getAuthTag(), ciphertext]);
}

/** Opens a blob with the key version it names; any mismatch is InvalidCiphertext. */
export function open(ring: MasterKeyring, blob: Buffer, context: EncryptionContext = {}): Buffer {
  if (blob.length < headerLength + ivLength + tagLength || blob.readUInt8(0) !== format) {
    throw new InvalidCiphertext("unknown ciphertext format");
  }
  if (blobKeyId(blob) !== ring.keyId) throw new InvalidCiphertext("ciphertext of another key");
  const wanted = blob.readUInt32BE(17);
  const version = ring.versions.find((v) => v.version === wanted);
  if (!version) throw new InvalidCiphertext(`unknown key version ${wanted}`);
  const header = blob.subarray(0, headerLength);
  const iv = blob.subarray(headerLength, headerLength + ivLength);
  const tag = blob.subarray(headerLength + ivLength, headerLength + ivLength + tagLength);
  const decipher = createDecipheriv("aes-256-gcm", version.key, iv);
  decipher.setAAD(associatedData(header, context));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(blob.subarray(headerLength + ivLength + tagLength)), decipher.final()]);
  } catch {
    throw new InvalidCiphertext("authentication failed (wrong encryption context?)");
  }
}

/** The key id (UUID form) a blob names. */
export function blobKeyId(blob: Buffer): string {
  const hex = blob.subarray(1, 17).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Header plus the context as sorted [key, value] pairs in JSON: the same context in any order binds alike. */
function associatedData(header: Buffer, context: EncryptionContext): Buffer {
  const pairs = Object.entries(context).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Buffer.concat([header, Buffer.from(JSON.stringify(pairs), "utf8")]);
}
