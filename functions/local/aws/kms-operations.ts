import { randomBytes } from "node:crypto";
import { type EncryptionContext, InvalidCiphertext, open, seal } from "./kms-ciphertext";
import { KmsError, kmsValidation } from "./kms-errors";
import { assertNamesLocalKey, keyArn, keyMetadata } from "./kms-key-identity";
import type { MasterKeyring } from "./kms-keyring";

/** One KMS call: the key material as of now, the caller's region (for ARNs) and the JSON input. */
export interface KmsCall {
  ring: MasterKeyring;
  region: string;
  input: Record<string, unknown>;
}

export type KmsOperation = (call: KmsCall) => Record<string, unknown>;

const algorithm = "SYMMETRIC_DEFAULT";

/** The subset of TrentService the application uses, by operation name. */
export const kmsOperations: Record<string, KmsOperation> = {
  GenerateDataKey: (call) => generateDataKey(call, true),
  GenerateDataKeyWithoutPlaintext: (call) => generateDataKey(call, false),
  Encrypt: encrypt,
  Decrypt: decrypt,
  ReEncrypt: reEncrypt,
  DescribeKey: ({ ring, region, input }) => {
    assertNamesLocalKey(ring, input.KeyId);
    return { KeyMetadata: keyMetadata(ring, region) };
  },
};

function generateDataKey({ ring, region, input }: KmsCall, withPlaintext: boolean): Record<string, unknown> {
  assertNamesLocalKey(ring, input.KeyId);
  const plaintext = randomBytes(dataKeyLength(input));
  const blob = seal(ring, plaintext, contextOf(input.EncryptionContext));
  return {
    CiphertextBlob: blob.toString("base64"),
    ...(withPlaintext ? { Plaintext: plaintext.toString("base64") } : {}),
    KeyId: keyArn(ring, region),
  };
}

function encrypt({ ring, region, input }: KmsCall): Record<string, unknown> {
  assertNamesLocalKey(ring, input.KeyId);
  const plaintext = bytesOf(input.Plaintext, "Plaintext");
  if (plaintext.length < 1 || plaintext.length > 4096) throw kmsValidation("Plaintext must be 1 to 4096 bytes");
  const blob = seal(ring, plaintext, contextOf(input.EncryptionContext));
  return { CiphertextBlob: blob.toString("base64"), KeyId: keyArn(ring, region), EncryptionAlgorithm: algorithm };
}

function decrypt({ ring, region, input }: KmsCall): Record<string, unknown> {
  if (input.KeyId !== undefined) assertSameKey(ring, input.KeyId);
  const plaintext = openOrFail(ring, input.CiphertextBlob, input.EncryptionContext);
  return { Plaintext: plaintext.toString("base64"), KeyId: keyArn(ring, region), EncryptionAlgorithm: algorithm };
}

function reEncrypt({ ring, region, input }: KmsCall): Record<string, unknown> {
  if (input.SourceKeyId !== undefined) assertSameKey(ring, input.SourceKeyId);
  assertNamesLocalKey(ring, input.DestinationKeyId);
  const plaintext = openOrFail(ring, input.CiphertextBlob, input.SourceEncryptionContext);
  const blob = seal(ring, plaintext, contextOf(input.DestinationEncryptionContext));
  return {
    CiphertextBlob: blob.toString("base64"),
    SourceKeyId: keyArn(ring, region),
    KeyId: keyArn(ring, region),
    SourceEncryptionAlgorithm: algorithm,
    DestinationEncryptionAlgorithm: algorithm,
  };
}

function openOrFail(ring: MasterKeyring, blob: unknown, context: unknown): Buffer {
  try {
    return open(ring, bytesOf(blob, "CiphertextBlob"), contextOf(context));
  } catch (error) {
    // KMS says nothing more specific, so neither do we.
    if (error instanceof InvalidCiphertext) throw new KmsError("InvalidCiphertextException", "");
    throw error;
  }
}

function assertSameKey(ring: MasterKeyring, keyId: unknown): void {
  try {
    assertNamesLocalKey(ring, keyId);
  } catch {
    throw new KmsError(
      "IncorrectKeyException",
      "The key ID in the request does not identify a CMK that can perform this operation.",
    );
  }
}

function dataKeyLength(input: Record<string, unknown>): number {
  const { KeySpec: spec, NumberOfBytes: bytes } = input;
  if (spec !== undefined && bytes !== undefined)
    throw kmsValidation("Please specify either number of bytes or key spec.");
  if (spec === "AES_256") return 32;
  if (spec === "AES_128") return 16;
  if (typeof bytes === "number" && Number.isInteger(bytes) && bytes >= 1 && bytes <= 1024) return bytes;
  throw kmsValidation("Please specify either number of bytes or key spec.");
}

function bytesOf(value: unknown, field: string): Buffer {
  if (typeof value !== "string" || value === "") throw kmsValidation(`${field} is required`);
  return Buffer.from(value, "base64");
}

function contextOf(value: unknown): EncryptionContext {
  if (value === undefined || value === null) return {};
  if (typeof value !== "object" || Array.isArray(value)) throw kmsValidation("EncryptionContext must be a map");
  const entries = Object.entries(value);
  if (entries.some(([, v]) => typeof v !== "string")) throw kmsValidation("EncryptionContext values must be strings");
  return Object.fromEntries(entries) as EncryptionContext;
}
