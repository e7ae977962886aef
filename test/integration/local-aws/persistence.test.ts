import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DescribeTimeToLiveCommand, UpdateTimeToLiveCommand } from "@aws-sdk/client-dynamodb";
import { DecryptCommand, GenerateDataKeyCommand } from "@aws-sdk/client-kms";
import { GetObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { ensureBucket, startLocalAws } from "../../../functions/local/aws/index";

import { clientsFor, createTable } from "./support";

describe("local AWS persistence", () => {
  it("keeps tables, items, TTL settings, objects and keys across a restart on the same directories", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "domus-local-aws-persist-"));
    const keyDir = await mkdtemp(join(tmpdir(), "domus-local-aws-persist-keys-"));
    const keyFile = join(keyDir, "master.json");
    try {
      const first = await startLocalAws({ dataDir, keyFile, mailPort: 0 });
      const clients1 = clientsFor(first);
      await createTable(clients1.dynamo, "persisted");
      await clients1.dynamo.send(
        new UpdateTimeToLiveCommand({
          TableName: "persisted",
          TimeToLiveSpecification: { AttributeName: "ttl", Enabled: true },
        }),
      );
      await clients1.doc.send(
        new PutCommand({ TableName: "persisted", Item: { pk: "A#1", sk: "profile", name: "Ana" } }),
      );
      const sealed = await clients1.kms.send(new GenerateDataKeyCommand({ KeyId: first.kmsKeyId, NumberOfBytes: 32 }));
      await ensureBucket(first.endpoints.s3, "kept");
      await clients1.s3.send(new PutObjectCommand({ Bucket: "kept", Key: "k.txt", Body: "still here" }));
      clients1.destroy();
      await first.close();

      const second = await startLocalAws({ dataDir, keyFile, mailPort: 0 });
      const clients2 = clientsFor(second);
      const item = await clients2.doc.send(
        new GetCommand({ TableName: "persisted", Key: { pk: "A#1", sk: "profile" } }),
      );
      const ttl = await clients2.dynamo.send(new DescribeTimeToLiveCommand({ TableName: "persisted" }));
      const key = await clients2.kms.send(new DecryptCommand({ CiphertextBlob: sealed.CiphertextBlob }));
      const object = await clients2.s3.send(new GetObjectCommand({ Bucket: "kept", Key: "k.txt" }));
      const text = await object.Body?.transformToString();
      clients2.destroy();
      await second.close();

      expect(item.Item?.name).toBe("Ana");
      expect(ttl.TimeToLiveDescription?.AttributeName).toBe("ttl");
      expect(Buffer.from(key.Plaintext ?? [])).toEqual(Buffer.from(sealed.Plaintext ?? []));
      expect(text).toBe("still here");
    } finally {
      await rm(dataDir, { recursive: true, force: true });
      await rm(keyDir, { recursive: true, force: true });
    }
  });
});
