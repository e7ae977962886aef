import { stat } from "node:fs/promises";
import { join } from "node:path";
import {
  DecryptCommand,
  DescribeKeyCommand,
  EncryptCommand,
  GenerateDataKeyCommand,
  ReEncryptCommand,
} from "@aws-sdk/client-kms";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rotateLocalMasterKey, startLocalAws } from "../../../functions/local/aws/index";

import { failureOf, type StandIns, startStandIns } from "./support";

let s: StandIns;
let kms: StandIns["kms"];
let aws: StandIns["aws"];
let keyFile: StandIns["keyFile"];
let dataDir: StandIns["dataDir"];

beforeAll(async () => {
  s = await startStandIns();
  kms = s.kms;
  aws = s.aws;
  keyFile = s.keyFile;
  dataDir = s.dataDir;
});

afterAll(async () => {
  await s?.stop();
});

describe("KMS stand-in", () => {
  const context = { account: "A#1", purpose: "personal-data" };

  it("generates a data key whose blob decrypts only with the same encryption context", async () => {
    const generated = await kms.send(
      new GenerateDataKeyCommand({ KeyId: aws.kmsKeyId, KeySpec: "AES_256", EncryptionContext: context }),
    );

    const decrypted = await kms.send(
      new DecryptCommand({
        CiphertextBlob: generated.CiphertextBlob,
        EncryptionContext: { purpose: "personal-data", account: "A#1" },
      }),
    );
    const wrongContext = await failureOf(
      kms.send(
        new DecryptCommand({
          CiphertextBlob: generated.CiphertextBlob,
          EncryptionContext: { account: "A#2", purpose: "personal-data" },
        }),
      ),
    );
    const noContext = await failureOf(kms.send(new DecryptCommand({ CiphertextBlob: generated.CiphertextBlob })));

    expect(generated.Plaintext?.length).toBe(32);
    expect(generated.KeyId).toMatch(/^arn:aws:kms:eu-central-1:\d{12}:key\//);
    expect(Buffer.from(decrypted.Plaintext ?? [])).toEqual(Buffer.from(generated.Plaintext ?? []));
    expect(wrongContext.name).toBe("InvalidCiphertextException");
    expect(noContext.name).toBe("InvalidCiphertextException");
  });

  it("re-encrypts under the newest key version after rotation, and old blobs still decrypt", async () => {
    const plaintext = Buffer.from("IBAN RO49 AAAA 1B31 0075 9384 0000");
    const sealed = await kms.send(
      new EncryptCommand({ KeyId: aws.kmsKeyId, Plaintext: plaintext, EncryptionContext: context }),
    );

    const version = await rotateLocalMasterKey(keyFile);
    const resealed = await kms.send(
      new ReEncryptCommand({
        CiphertextBlob: sealed.CiphertextBlob,
        SourceEncryptionContext: context,
        DestinationKeyId: aws.kmsKeyId,
        DestinationEncryptionContext: { account: "A#9" },
      }),
    );
    const fromNew = await kms.send(
      new DecryptCommand({ CiphertextBlob: resealed.CiphertextBlob, EncryptionContext: { account: "A#9" } }),
    );
    const fromOld = await kms.send(
      new DecryptCommand({ CiphertextBlob: sealed.CiphertextBlob, EncryptionContext: context }),
    );

    expect(version).toBe(2);
    expect(Buffer.from(resealed.CiphertextBlob ?? []).readUInt32BE(17)).toBe(2);
    expect(Buffer.from(sealed.CiphertextBlob ?? []).readUInt32BE(17)).toBe(1);
    expect(Buffer.from(fromNew.Plaintext ?? [])).toEqual(plaintext);
    expect(Buffer.from(fromOld.Plaintext ?? [])).toEqual(plaintext);
  });

  it("describes its key, keeps the key file private, and refuses unknown keys", async () => {
    const described = await kms.send(new DescribeKeyCommand({ KeyId: aws.kmsKeyId }));
    const unknown = await failureOf(kms.send(new GenerateDataKeyCommand({ KeyId: "alias/nope", NumberOfBytes: 16 })));
    const file = await stat(keyFile);

    expect(described.KeyMetadata?.KeyState).toBe("Enabled");
    expect(described.KeyMetadata?.CreationDate).toBeInstanceOf(Date);
    expect(unknown.name).toBe("NotFoundException");
    expect(file.mode & 0o777).toBe(0o600);
  });

  it("refuses a master key file inside the data directory", async () => {
    const error = await failureOf(
      startLocalAws({ dataDir, keyFile: join(dataDir, "keys", "master.json"), mailPort: 0 }),
    );

    expect(error.message).toContain("outside the data directory");
  });
});
