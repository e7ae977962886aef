import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ScanCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AttachmentKind, attach, requestUpload } from "../../functions/attachments/attach";
import { attachmentLink } from "../../functions/attachments/links";
import { caseDocumentKey, caseDocumentTypes, maxCaseDocumentBytes } from "../../functions/debts/model/case-document";
import { readAccountHead } from "../../functions/ledger/account-store";
import { demoCanaries } from "../../functions/local/seed/seed";
import { maxPhotoBytes, photoTypes } from "../../functions/meters/model/photo";
import { photoPrefix } from "../../functions/meters/photos";
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

describe("encryption of attached files at rest", () => {
  const ro = "ro-lalelelor-m7";
  const owner = { kind: "account" as const, associationId: ro, unitId: "u005" };
  const [person = "", email = ""] = demoCanaries();
  // A personal number and a position no one else has: seeded into the files, searched for on disk.
  const personalNumber = "CNP-2850101123456";
  const position = "GPS-44.42681N-26.10254E";
  const canaries = [...demoCanaries(), personalNumber, position];
  const text = (value: string) => [...Buffer.from(value, "latin1")];
  const segment = (marker: number, data: number[]) => [
    0xff,
    marker,
    (data.length + 2) >> 8,
    (data.length + 2) & 0xff,
    ...data,
  ];

  const pdf = new TextEncoder().encode(`%PDF-1.4\n(Somatie ${person} ${personalNumber} ${email})\n%%EOF\n`);
  /** A JPEG whose comment names the owner and whose Exif block holds a GPS position. */
  const jpeg = Uint8Array.from([
    0xff,
    0xd8,
    ...segment(0xe1, [...text("Exif\0\0MM\0*\0\0\0\x08"), 0x88, 0x25, ...text(position)]),
    ...segment(0xfe, [...Buffer.from(`${person} ${personalNumber}`, "utf8")]),
    ...segment(0xda, [1, 1, 0, 0, 0x3f, 0]),
    0x12,
    0x34,
    0xff,
    0xd9,
  ]);

  async function uploadAndAttach(kind: AttachmentKind, key: string, type: string, body: Uint8Array) {
    const { uploadUrl } = await requestUpload(domus.deps, kind, key, { contentType: type, sizeBytes: body.length });
    const put = await fetch(uploadUrl, {
      method: "PUT",
      headers: { "content-type": type },
      body: new Blob([new Uint8Array(body)]),
    });
    expect(put.status).toBe(200);
    return attach(domus.deps, kind, key, owner);
  }

  it("stores a case document and a meter photo with no canary in plaintext anywhere under the S3 directory", async () => {
    const documentKey = caseDocumentKey(ro, "u005", "cdcanary");
    const photoKey = `${photoPrefix(ro, "u005", "u005-wc")}phcanary.jpg`;
    const documents = { types: caseDocumentTypes, maxBytes: maxCaseDocumentBytes };
    expect(await uploadAndAttach(documents, documentKey, "application/pdf", pdf)).toMatchObject({ stored: true });
    const photos = { types: photoTypes, maxBytes: maxPhotoBytes };
    expect(await uploadAndAttach(photos, photoKey, "image/jpeg", jpeg)).toMatchObject({ stored: true });

    const s3Files = filesUnder(join(domus.dataDir, "s3"));
    // Positive control: both objects are on disk (their keys are file names there).
    expect(s3Files.some((f) => f.includes("cdcanary"))).toBe(true);
    expect(s3Files.some((f) => f.includes("phcanary"))).toBe(true);
    const all = Buffer.concat(s3Files.map((f) => readFileSync(f)));
    const found = canaries.filter((canary) => forms(canary).some((form) => all.includes(form)));
    expect(found).toEqual([]);
  });

  it("serves the photo decrypted through its one-minute link, without the Exif block and its GPS position", async () => {
    const key = `${photoPrefix(ro, "u005", "u005-wc")}phcanary.jpg`;
    const link = await attachmentLink(domus.deps, { key, owner, fileName: "dial.jpg", disposition: "inline" });
    const answer = await fetch(link);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("image/jpeg");
    const photo = Buffer.from(await answer.arrayBuffer());
    expect(photo.includes("Exif")).toBe(false);
    expect(photo.includes(position)).toBe(false);
    // The rest of the image is intact: the comment (and the scan) came through decrypted.
    expect(photo.includes(personalNumber)).toBe(true);
    expect(photo.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    // A link past its minute finds nothing.
    const expired = await attachmentLink(domus.deps, { key, owner, fileName: "d.jpg", disposition: "inline" }, -1);
    expect((await fetch(expired)).status).toBe(404);
  });
});
