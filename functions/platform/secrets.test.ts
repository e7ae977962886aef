import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";
import { cardKeysFromSecret, type SecretReader, withSecretSettings } from "./secrets";

const env = {
  DOMUS_STAGE: "aws",
  AWS_REGION: "eu-central-1",
  TABLE_NAME: "domus",
  BUCKET_NAME: "docs",
  KMS_KEY_ID: "arn:aws:kms:eu-central-1:123456789012:key/x",
  MAIL_FROM: "no-reply@example.org",
  APP_URL: "https://portal.example.org",
};
const arn = "arn:aws:secretsmanager:eu-central-1:123456789012:secret:domus/prod/stripe-AbCdEf";
const keys = JSON.stringify({ secretKey: "sk_live_abc123", webhookSecret: "whsec_def456" });

/** A reader over fixed secrets that counts its reads. */
function readerOf(secrets: Record<string, string>): SecretReader & { reads: string[] } {
  const reads: string[] = [];
  const read = async (id: string) => {
    reads.push(id);
    return secrets[id];
  };
  return Object.assign(read, { reads });
}

describe("card-payment keys from a secret", () => {
  it("reads both keys from the secret's JSON", () => {
    expect(cardKeysFromSecret(keys)).toEqual({
      STRIPE_SECRET_KEY: "sk_live_abc123",
      STRIPE_WEBHOOK_SECRET: "whsec_def456",
    });
  });

  it("treats an empty secret, or the empty values the stack creates it with, as card payments off", () => {
    expect(cardKeysFromSecret(undefined)).toEqual({});
    expect(cardKeysFromSecret("  ")).toEqual({});
    expect(cardKeysFromSecret(JSON.stringify({ secretKey: "", webhookSecret: "" }))).toEqual({});
  });

  it("stops start-up naming the setting when the secret is not the expected JSON, never echoing it", () => {
    for (const bad of ["sk_live_abc123", "[1]", JSON.stringify({ secretKey: 42 })]) {
      expect(() => cardKeysFromSecret(bad)).toThrow(ConfigError);
      expect(() => cardKeysFromSecret(bad)).toThrow(/STRIPE_SECRET_ARN/);
    }
    expect(() => cardKeysFromSecret("sk_live_abc123")).not.toThrow(/sk_live_abc123/);
  });
});

describe("a Lambda's settings with its secret", () => {
  it("adds the keys from the secret STRIPE_SECRET_ARN names, so card payments are on", async () => {
    const read = readerOf({ [arn]: keys });
    const config = loadConfig(await withSecretSettings({ ...env, STRIPE_SECRET_ARN: arn }, read));
    expect(read.reads).toEqual([arn]);
    expect(config.stripe).toEqual({ secretKey: "sk_live_abc123", webhookSecret: "whsec_def456" });
  });

  it("keeps card payments off while the secret is still empty", async () => {
    const read = readerOf({ [arn]: JSON.stringify({ secretKey: "", webhookSecret: "" }) });
    const config = loadConfig(await withSecretSettings({ ...env, STRIPE_SECRET_ARN: arn }, read));
    expect(config.stripe).toBeUndefined();
  });

  it("reads nothing for a function without the variable, and refuses a variable it cannot honour", async () => {
    const read = readerOf({});
    expect(await withSecretSettings(env, read)).toBe(env);
    expect(read.reads).toEqual([]);
    await expect(withSecretSettings({ ...env, STRIPE_SECRET_ARN: arn })).rejects.toThrow(ConfigError);
  });

  it("still validates the keys' format (a wrong value stops start-up)", async () => {
    const read = readerOf({ [arn]: JSON.stringify({ secretKey: "pk_live_public", webhookSecret: "whsec_x" }) });
    const raw = await withSecretSettings({ ...env, STRIPE_SECRET_ARN: arn }, read);
    expect(() => loadConfig(raw)).toThrow(/STRIPE_SECRET_KEY/);
  });
});
