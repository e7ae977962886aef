import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDomus, type TestDomus } from "./support/domus";

/**
 * `/_s3` (the browser's same-origin way to the local S3) lets through only what S3 itself would
 * accept from a browser: a presigned, unexpired request by the app for that very object and
 * method. Nothing anonymous, no listing, no deletion; stored files come back as sandboxed
 * downloads, so an uploaded HTML page or script can never run as the portal.
 */
let domus: TestDomus;
const bucket = "domus-documents";
const htmlKey = "ro-lalelelor-m7/probe/page.html";
const page = "<html><script>alert(document.cookie)</script></html>";

const s3Url = (key = "") => `${domus.url}/_s3/${bucket}/${key}`;
const s3 = () => domus.deps.clients.s3Public;

beforeAll(async () => {
  domus = await startTestDomus({ seed: false });
  await domus.deps.blobs.put(htmlKey, page, "text/html");
});

afterAll(async () => {
  await domus?.stop();
});

async function stillStored(key: string) {
  return (await domus.deps.blobs.head(key)) !== undefined;
}

describe("anonymous requests", () => {
  it("cannot list the bucket", async () => {
    for (const url of [`${domus.url}/_s3/${bucket}`, s3Url(), `${s3Url()}?list-type=2`, `${domus.url}/_s3/`]) {
      const res = await fetch(url);
      expect(res.status, url).toBe(403);
      expect(await res.text()).not.toContain("probe/page.html");
    }
  });

  it("cannot read, write or delete an object", async () => {
    expect((await fetch(s3Url(htmlKey))).status).toBe(403);
    expect((await fetch(s3Url(htmlKey), { method: "HEAD" })).status).toBe(403);
    const put = await fetch(s3Url("ro-lalelelor-m7/probe/evil.js"), { method: "PUT", body: "alert(1)" });
    expect(put.status).toBe(403);
    expect(await stillStored("ro-lalelelor-m7/probe/evil.js")).toBe(false);
    const del = await fetch(s3Url(htmlKey), { method: "DELETE" });
    expect(del.status).toBe(405);
    expect(await stillStored(htmlKey)).toBe(true);
    expect((await fetch(s3Url(htmlKey), { method: "POST", body: "x" })).status).toBe(405);
  });
});

describe("presigned requests", () => {
  it("serve a stored file as a sandboxed, never-sniffed attachment", async () => {
    const url = await domus.deps.blobs.downloadUrl(htmlKey, "page.html");
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(page);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment/);
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("are attachments even when the signed URL asks for inline display", async () => {
    const url = await getSignedUrl(
      s3(),
      new GetObjectCommand({ Bucket: bucket, Key: htmlKey, ResponseContentDisposition: "inline" }),
      { expiresIn: 60 },
    );
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment/);
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
  });

  it("upload with the signed type and size, and nothing else", async () => {
    const key = "ro-lalelelor-m7/probe/photo.png";
    const body = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const url = await domus.deps.blobs.uploadUrl(key, "image/png", 60, body.length);
    const wrongType = await fetch(url, { method: "PUT", headers: { "content-type": "text/html" }, body });
    expect(wrongType.status).toBe(403);
    const longer = await fetch(url, {
      method: "PUT",
      headers: { "content-type": "image/png" },
      body: new Uint8Array([...body, 4]),
    });
    expect(longer.status).toBe(403);
    expect(await stillStored(key)).toBe(false);
    const ok = await fetch(url, { method: "PUT", headers: { "content-type": "image/png" }, body });
    expect(ok.status).toBe(200);
    expect(await domus.deps.blobs.head(key)).toEqual({ sizeBytes: body.length, contentType: "image/png" });
  });

  it("are bound to their object, their method and their signature", async () => {
    const url = new URL(await domus.deps.blobs.downloadUrl(htmlKey, "page.html"));
    const otherKey = new URL(url);
    otherKey.pathname = url.pathname.replace("page.html", "other.html");
    expect((await fetch(otherKey)).status).toBe(403);
    expect((await fetch(url, { method: "PUT", body: "overwritten" })).status).toBe(403);
    const tampered = new URL(url);
    tampered.searchParams.set("X-Amz-Signature", "0".repeat(64));
    expect((await fetch(tampered)).status).toBe(403);
    const longer = new URL(url);
    longer.searchParams.set("X-Amz-Expires", "604800");
    expect((await fetch(longer)).status).toBe(403);
    for (const param of ["X-Amz-Signature", "X-Amz-Expires", "X-Amz-Date", "X-Amz-Credential"]) {
      const without = new URL(url);
      without.searchParams.delete(param);
      expect((await fetch(without)).status, param).toBe(403);
    }
    expect(await (await fetch(url)).text()).toBe(page);
  });

  it("are refused once expired", async () => {
    const signingDate = new Date(Date.now() - 10 * 60_000);
    const url = await getSignedUrl(s3(), new GetObjectCommand({ Bucket: bucket, Key: htmlKey }), {
      expiresIn: 60,
      signingDate,
    });
    const res = await fetch(url);
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("expired");
  });

  it("are refused when signed by another key pair", async () => {
    const stranger = new S3Client({
      region: "eu-central-1",
      endpoint: `${domus.url}/_s3`,
      forcePathStyle: true,
      credentials: { accessKeyId: "local", secretAccessKey: "guessed" },
    });
    const url = await getSignedUrl(stranger, new GetObjectCommand({ Bucket: bucket, Key: htmlKey }), { expiresIn: 60 });
    expect((await fetch(url)).status).toBe(403);
    stranger.destroy();
  });

  it("can never list or delete, even when signed", async () => {
    const list = await getSignedUrl(s3(), new ListObjectsV2Command({ Bucket: bucket }), { expiresIn: 60 });
    expect((await fetch(list)).status).toBe(403);
    const del = await getSignedUrl(s3(), new DeleteObjectCommand({ Bucket: bucket, Key: htmlKey }), { expiresIn: 60 });
    expect((await fetch(del, { method: "DELETE" })).status).toBe(405);
    expect(await stillStored(htmlKey)).toBe(true);
  });
});
