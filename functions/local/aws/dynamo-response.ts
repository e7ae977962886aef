import { randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";
import { crc32 } from "node:zlib";
import type { RawReply } from "./dynalite-client";

/** Answers in DynamoDB's JSON 1.0 framing, with the CRC32 header the real service sends. */
export function sendDynamoJson(res: ServerResponse, status: number, body: object): void {
  const text = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    "content-type": "application/x-amz-json-1.0",
    "content-length": String(text.length),
    "x-amzn-requestid": randomBytes(26).toString("hex").toUpperCase(),
    "x-amz-crc32": String(crc32(text)),
  });
  res.end(text);
}

/** Relays dynalite's buffered answer as it came. */
export function relay(res: ServerResponse, reply: RawReply): void {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(reply.headers)) {
    if (value !== undefined && name !== "connection" && name !== "transfer-encoding") headers[name] = value;
  }
  headers["content-length"] = String(reply.body.length);
  res.writeHead(reply.status, headers);
  res.end(reply.body);
}
