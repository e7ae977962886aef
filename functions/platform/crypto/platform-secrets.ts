import { DecryptCommand, GenerateDataKeyCommand, type KMSClient } from "@aws-sdk/client-kms";
import { keys } from "../keys";
import { isConditionFailure, type Table } from "../table";

/**
 * Platform-wide secrets (the blind-index key), made by KMS on first use and stored wrapped in the
 * table. One Decrypt per process lifetime; concurrent first uses agree through a conditional put.
 */
export class PlatformSecrets {
  private readonly loaded = new Map<string, Promise<Buffer>>();

  constructor(
    private readonly table: Table,
    private readonly kms: KMSClient,
    private readonly keyId: string,
  ) {}

  get(name: string): Promise<Buffer> {
    let secret = this.loaded.get(name);
    if (!secret) {
      secret = this.load(name);
      secret.catch(() => this.loaded.delete(name));
      this.loaded.set(name, secret);
    }
    return secret;
  }

  private async load(name: string): Promise<Buffer> {
    const context = { domus: "platform-secret", name };
    const existing = await this.table.get<{ pk: string; sk: string; wrapped: string }>(keys.platformSecret(name), true);
    if (existing) return this.unwrap(existing.wrapped, context);
    const made = await this.kms.send(
      new GenerateDataKeyCommand({ KeyId: this.keyId, KeySpec: "AES_256", EncryptionContext: context }),
    );
    const wrapped = Buffer.from(made.CiphertextBlob as Uint8Array).toString("base64");
    try {
      const item = { ...keys.platformSecret(name), wrapped };
      await this.table.put(item, { ifAbsent: true });
      return Buffer.from(made.Plaintext as Uint8Array);
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      return this.load(name); // another process won the race: use its secret
    }
  }

  private async unwrap(wrapped: string, context: Record<string, string>): Promise<Buffer> {
    const out = await this.kms.send(
      new DecryptCommand({
        KeyId: this.keyId,
        CiphertextBlob: Buffer.from(wrapped, "base64"),
        EncryptionContext: context,
      }),
    );
    return Buffer.from(out.Plaintext as Uint8Array);
  }
}
