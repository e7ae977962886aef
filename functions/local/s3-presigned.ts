import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/**
 * Checks an S3 presigned URL (Signature Version 4, query form) the way S3 does, for the local
 * stand-in that does not: only what the app signed, for that method, key and headers, before it
 * expires. https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html
 */
export interface PresignedRequest {
  method: string;
  /** The path exactly as received, still percent-encoded (S3 signs it without re-encoding). */
  path: string;
  query: URLSearchParams;
  header(name: string): string | undefined;
}

export interface SigningCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export type PresignVerdict =
  | { ok: true }
  | { ok: false; code: "AccessDenied" | "SignatureDoesNotMatch"; reason: string };

const algorithm = "AWS4-HMAC-SHA256";
/** S3's own bounds: at most seven days, and clocks may differ by 15 minutes. */
const maxExpiresSeconds = 7 * 24 * 3600;
const clockSkewMs = 15 * 60 * 1000;

const denied = (reason: string): PresignVerdict => ({ ok: false, code: "AccessDenied", reason });

export function verifyPresigned(req: PresignedRequest, creds: SigningCredentials, nowMs: number): PresignVerdict {
  const q = req.query;
  const signature = q.get("X-Amz-Signature") ?? "";
  const amzDate = q.get("X-Amz-Date") ?? "";
  const expires = Number(q.get("X-Amz-Expires") ?? "");
  const signedHeaders = q.get("X-Amz-SignedHeaders") ?? "";
  const credential = (q.get("X-Amz-Credential") ?? "").split("/");
  if (q.get("X-Amz-Algorithm") !== algorithm) return denied("not a presigned URL");
  if (!/^[0-9a-f]{64}$/.test(signature)) return denied("missing signature");
  if (!/^\d{8}T\d{6}Z$/.test(amzDate)) return denied("missing or malformed X-Amz-Date");
  if (!Number.isInteger(expires) || expires < 1 || expires > maxExpiresSeconds) return denied("bad X-Amz-Expires");
  if (!signedHeaders.split(";").includes("host")) return denied("host is not signed");
  const [accessKeyId, day, region, service, terminal] = credential;
  if (credential.length !== 5 || accessKeyId !== creds.accessKeyId) return denied("unknown access key");
  if (day !== amzDate.slice(0, 8) || service !== "s3" || terminal !== "aws4_request" || !region) {
    return denied("malformed credential scope");
  }
  const signedAt = parseAmzDate(amzDate);
  if (Number.isNaN(signedAt)) return denied("malformed X-Amz-Date");
  if (nowMs < signedAt - clockSkewMs) return denied("request is not valid yet");
  if (nowMs > signedAt + expires * 1000) return denied("request has expired");
  const scope = `${day}/${region}/s3/aws4_request`;
  const stringToSign = [algorithm, amzDate, scope, sha256Hex(canonicalRequest(req, signedHeaders))].join("\n");
  const expected = hmac(signingKey(creds.secretAccessKey, day, region), stringToSign).toString("hex");
  if (!timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) {
    return { ok: false, code: "SignatureDoesNotMatch", reason: "signature does not match" };
  }
  return { ok: true };
}

function canonicalRequest(req: PresignedRequest, signedHeaders: string): string {
  const names = signedHeaders.split(";");
  const headers = names.map((name) => `${name}:${(req.header(name) ?? "").trim().replace(/\s+/g, " ")}\n`).join("");
  const payload = req.query.get("X-Amz-Content-Sha256") ?? "UNSIGNED-PAYLOAD";
  return [req.method, req.path, canonicalQuery(req.query), headers, signedHeaders, payload].join("\n");
}

/** Every parameter but the signature, encoded as SigV4 wants (RFC 3986) and sorted. */
function canonicalQuery(query: URLSearchParams): string {
  const pairs: [string, string][] = [];
  for (const [key, value] of query) if (key !== "X-Amz-Signature") pairs.push([escapeUri(key), escapeUri(value)]);
  pairs.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join("&");
}

function escapeUri(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function parseAmzDate(value: string): number {
  const iso = `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}T${value.slice(9, 11)}:${value.slice(11, 13)}:${value.slice(13, 15)}Z`;
  return Date.parse(iso);
}

function signingKey(secret: string, day: string, region: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), "s3"), "aws4_request");
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac("sha256", key).update(data, "utf8").digest();
}

function sha256Hex(data: string): string {
  return createHash("sha256").update(data, "utf8").digest("hex");
}
