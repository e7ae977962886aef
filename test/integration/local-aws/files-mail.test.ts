import { randomBytes } from "node:crypto";
import { GetObjectCommand, HeadBucketCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { SendEmailCommand } from "@aws-sdk/client-sesv2";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBucket } from "../../../functions/local/aws/index";

import { type StandIns, startStandIns } from "./support";

let s: StandIns;
let s3: StandIns["s3"];
let ses: StandIns["ses"];
let aws: StandIns["aws"];

beforeAll(async () => {
  s = await startStandIns();
  s3 = s.s3;
  ses = s.ses;
  aws = s.aws;
});

afterAll(async () => {
  await s?.stop();
});

describe("S3 stand-in", () => {
  it("stores a presigned PUT from fetch byte for byte and serves it back", async () => {
    await ensureBucket(aws.endpoints.s3, "domus-docs");
    const body = randomBytes(150_000);
    const url = await getSignedUrl(
      s3,
      new PutObjectCommand({ Bucket: "domus-docs", Key: "a/b.pdf", ContentType: "application/pdf" }),
      {
        expiresIn: 300,
      },
    );

    const put = await fetch(url, { method: "PUT", body, headers: { "content-type": "application/pdf" } });
    const got = await s3.send(new GetObjectCommand({ Bucket: "domus-docs", Key: "a/b.pdf" }));
    const bytes = Buffer.from((await got.Body?.transformToByteArray()) ?? []);
    const getUrl = await getSignedUrl(s3, new GetObjectCommand({ Bucket: "domus-docs", Key: "a/b.pdf" }));
    const fetched = Buffer.from(await (await fetch(getUrl)).arrayBuffer());

    expect(put.status).toBe(200);
    expect(got.ContentType).toBe("application/pdf");
    expect(bytes.equals(body)).toBe(true);
    expect(fetched.equals(body)).toBe(true);
  });

  it("answers a browser's CORS preflight for uploads, and creates configured buckets at start", async () => {
    const preflight = await fetch(`${aws.endpoints.s3}/domus-preset/upload.bin`, {
      method: "OPTIONS",
      headers: {
        origin: "http://localhost:5173",
        "access-control-request-method": "PUT",
        "access-control-request-headers": "content-type",
      },
    });
    const head = await s3.send(new HeadBucketCommand({ Bucket: "domus-preset" }));

    expect(preflight.status).toBe(200);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toContain("PUT");
    expect(head.$metadata.httpStatusCode).toBe(200);
  });
});

describe("SES stand-in", () => {
  it("keeps a sent email in the store the mail viewer reads", async () => {
    const subject = `Payment reminder ${randomBytes(4).toString("hex")}`;
    await ses.send(
      new SendEmailCommand({
        FromEmailAddress: "noreply@domus.test",
        Destination: { ToAddresses: ["owner@domus.test"] },
        Content: { Simple: { Subject: { Data: subject }, Body: { Text: { Data: "Please pay 120,00 lei." } } } },
      }),
    );

    const store = (await (await fetch(aws.mailStoreUrl)).json()) as {
      emails: { subject: string; destination: { to: string[] }; body: { text?: string } }[];
    };
    const viewer = await fetch(aws.mailViewerUrl);
    const email = store.emails.find((e) => e.subject === subject);

    expect(email?.destination.to).toEqual(["owner@domus.test"]);
    expect(email?.body.text).toContain("120,00 lei");
    expect(viewer.status).toBe(200);
    expect(aws.mailViewerUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });
});
