import { KmsError } from "./kms-errors";
import type { MasterKeyring } from "./kms-keyring";

/** The alias under which the one local key is known. */
export const localKeyAlias = "alias/domus-local";
const account = "000000000000";

/** The ARN KMS would give the key in a region. */
export function keyArn(ring: MasterKeyring, region: string): string {
  return `arn:aws:kms:${region}:${account}:key/${ring.keyId}`;
}

/**
 * Accepts every way KMS lets a caller name a key (id, key ARN, alias name, alias ARN) and fails
 * like KMS for anything that is not the local key.
 */
export function assertNamesLocalKey(ring: MasterKeyring, keyId: unknown): void {
  if (typeof keyId !== "string" || keyId === "") throw new KmsError("ValidationException", "KeyId is required");
  const name = keyId.startsWith("arn:") ? (keyId.split(":")[5] ?? "") : keyId;
  if (name === ring.keyId || name === `key/${ring.keyId}` || name === localKeyAlias) return;
  if (name.startsWith("alias/")) throw new KmsError("NotFoundException", `Alias ${keyId} is not found.`);
  throw new KmsError("NotFoundException", `Key '${keyId}' does not exist`);
}

/** DescribeKey's KeyMetadata for the local key. */
export function keyMetadata(ring: MasterKeyring, region: string): Record<string, unknown> {
  return {
    AWSAccountId: account,
    KeyId: ring.keyId,
    Arn: keyArn(ring, region),
    CreationDate: Math.floor(Date.parse(ring.createdAt) / 1000),
    Enabled: true,
    Description: "Domus local master key",
    KeyUsage: "ENCRYPT_DECRYPT",
    KeyState: "Enabled",
    Origin: "AWS_KMS",
    KeyManager: "CUSTOMER",
    CustomerMasterKeySpec: "SYMMETRIC_DEFAULT",
    KeySpec: "SYMMETRIC_DEFAULT",
    EncryptionAlgorithms: ["SYMMETRIC_DEFAULT"],
    MultiRegion: false,
  };
}
