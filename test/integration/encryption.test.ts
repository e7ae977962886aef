import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ScanCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAccountHead } from "../../functions/ledger/account-store";
import { demoCanaries } from "../../functions/local/seed/seed";
import { keys } from "../../functions/platform/keys";
import { startTestDomus, type TestDomus } from "./support/domus";

let domus: TestDomus;

beforeAll(async () => {
  domus = await startTestDomus();
});
afterAll(async () => {
  await domus?.stop();
});

async function rawTable(): Promise<string> {
  const pages: string[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await domus.deps.clients.dynamo.send(
      new ScanCommand({ TableName: domus.deps.config.tableName, ExclusiveStartKey: start as never }),
    );
    pages.push(JSON.stringify(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return pages.join("\n");
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Both UTF-8 and UTF-16 forms, in case a store writes either. */
function forms(text: string): Buffer[] {
  return [Buffer.from(text, "utf8"), Buffer.from(text, "utf16le")];
}

describe("encryption of personal data at rest", () => {
  it("the raw table holds no seeded name, email or ledger text in plaintext", async () => {
    const raw = await rawTable();
    // Positive control: association-level data is plaintext, so the scan can see plaintext at all.
    expect(raw).toContain("Lalelelor");
    const found = demoCanaries().filter((canary) => raw.includes(canary));
    expect(found).toEqual([]);
  });

  it("the local data directory holds none of them either", () => {
    const files = filesUnder(domus.dataDir).map((f) => readFileSync(f));
    const all = Buffer.concat(files);
    expect(all.includes(Buffer.from("ro-lalelelor-m7"))).toBe(true);
    const found = demoCanaries().filter((canary) => forms(canary).some((form) => all.includes(form)));
    expect(found).toEqual([]);
  });

  it("the master key file lives outside the data directory", () => {
    const files = filesUnder(domus.dataDir);
    expect(files.some((f) => f.endsWith("master.key"))).toBe(false);
  });

  it("a ciphertext moved to another account fails to decrypt", async () => {
    const { table } = domus.deps;
    const from = await table.get<{ pk: string; sk: string; balancesSealed: string }>(
      keys.account("ro-lalelelor-m7", "u012"),
    );
    const to = keys.account("ro-lalelelor-m7", "u013");
    await table.update({
      Key: to,
      UpdateExpression: "SET balancesSealed = :b",
      ExpressionAttributeValues: { ":b": from?.balancesSealed },
    });
    await expect(readAccountHead(domus.deps, "ro-lalelelor-m7", "u013")).rejects.toThrow(/does not belong/);
  });

  it("a ciphertext moved to another field of the same item fails to decrypt", async () => {
    const { table } = domus.deps;
    const head = await table.get<{ pk: string; sk: string; recentSealed: string }>(
      keys.account("ro-lalelelor-m7", "u014"),
    );
    await table.update({
      Key: keys.account("ro-lalelelor-m7", "u014"),
      UpdateExpression: "SET balancesSealed = :b",
      ExpressionAttributeValues: { ":b": head?.recentSealed },
    });
    await expect(readAccountHead(domus.deps, "ro-lalelelor-m7", "u014")).rejects.toThrow(/does not belong/);
  });
});
