import { createHash } from "node:crypto";
import { DecryptCommand, GenerateDataKeyCommand, type KMSClient, ReEncryptCommand } from "@aws-sdk/client-kms";
import { openBytes, openField, sealBytes, sealField } from "./aead";
import { KeyCache } from "./key-cache";

/** Whose data a key protects: a personal account (per unit) or a person. */
export type KeyScope =
  | { kind: "account"; associationId: string; unitId: string }
  | { kind: "person"; personId: string };

/** KMS encryption context: binds a wrapped key to its owner, so a swapped key fails to unwrap. */
export function encryptionContext(scope: KeyScope): Record<string, string> {
  return scope.kind === "account"
    ? { domus: "account", associationId: scope.associationId, unitId: scope.unitId }
    : { domus: "person", personId: scope.personId };
}

/** A usable data key: seal/open fields bound to an item and field name. */
export interface DataKey {
  seal(itemId: string, field: string, plaintext: string): string;
  open(itemId: string, field: string, sealed: string): string;
  /** The same for a whole file (an attachment), bound to its object key. */
  sealBytes(itemId: string, field: string, plaintext: Uint8Array): Uint8Array;
  openBytes(itemId: string, field: string, sealed: Uint8Array): Uint8Array;
}

function dataKey(key: Buffer, scopeId: string): DataKey {
  const aad = (itemId: string, field: string) => `${scopeId}|${itemId}|${field}`;
  return {
    seal: (itemId, field, plaintext) => sealField(key, aad(itemId, field), plaintext),
    open: (itemId, field, sealed) => openField(key, aad(itemId, field), sealed),
    sealBytes: (itemId, field, plaintext) => sealBytes(key, aad(itemId, field), plaintext),
    openBytes: (itemId, field, sealed) => openBytes(key, aad(itemId, field), sealed),
  };
}

function scopeId(scope: KeyScope): string {
  return scope.kind === "account" ? `A#${scope.associationId}#U#${scope.unitId}` : `P#${scope.personId}`;
}

/**
 * Envelope encryption with one KMS key per environment and one data key per account or person.
 * Only the wrapped key is stored (in the account's or person's head item); unwrapped keys live
 * in a bounded cache. Crypto-shredding = deleting the wrapped key.
 */
export class Envelope {
  constructor(
    private readonly kms: KMSClient,
    private readonly keyId: string,
    private readonly cache = new KeyCache(),
  ) {}

  /** Makes a new data key for a scope; store `wrapped` next to the data. */
  async create(scope: KeyScope): Promise<{ wrapped: string; key: DataKey }> {
    const out = await this.kms.send(
      new GenerateDataKeyCommand({
        KeyId: this.keyId,
        KeySpec: "AES_256",
        EncryptionContext: encryptionContext(scope),
      }),
    );
    const plaintext = Buffer.from(out.Plaintext as Uint8Array);
    const wrapped = Buffer.from(out.CiphertextBlob as Uint8Array).toString("base64");
    this.cache.set(cacheId(scope, wrapped), plaintext);
    return { wrapped, key: dataKey(plaintext, scopeId(scope)) };
  }

  /** Unwraps a stored key: KMS on a cold cache only. */
  async open(scope: KeyScope, wrapped: string): Promise<DataKey> {
    const id = cacheId(scope, wrapped);
    let plaintext = this.cache.get(id);
    if (!plaintext) {
      const out = await this.kms.send(
        new DecryptCommand({
          KeyId: this.keyId,
          CiphertextBlob: Buffer.from(wrapped, "base64"),
          EncryptionContext: encryptionContext(scope),
        }),
      );
      plaintext = Buffer.from(out.Plaintext as Uint8Array);
      this.cache.set(id, plaintext);
    }
    return dataKey(plaintext, scopeId(scope));
  }

  /** Re-wraps a stored key under the current (or another) master key; the data stays as it is. */
  async rewrap(scope: KeyScope, wrapped: string, destinationKeyId = this.keyId): Promise<string> {
    const context = encryptionContext(scope);
    const out = await this.kms.send(
      new ReEncryptCommand({
        CiphertextBlob: Buffer.from(wrapped, "base64"),
        SourceEncryptionContext: context,
        DestinationKeyId: destinationKeyId,
        DestinationEncryptionContext: context,
      }),
    );
    return Buffer.from(out.CiphertextBlob as Uint8Array).toString("base64");
  }

  /** Drops a key from memory (after crypto-shredding or in tests). */
  forget(scope: KeyScope, wrapped: string): void {
    this.cache.forget(cacheId(scope, wrapped));
  }
}

function cacheId(scope: KeyScope, wrapped: string): string {
  return createHash("sha256").update(scopeId(scope)).update("|").update(wrapped).digest("base64url");
}
