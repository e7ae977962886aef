import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Stripe's webhook signature (https://docs.stripe.com/webhooks/signature), checked without the
 * Stripe library so the `auth` Lambda, which only receives webhooks, does not carry it. The
 * header is `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">[,v1=…]` (several v1
 * values while a secret is being rolled). Mirrors the library's `constructEvent`, which the
 * tests hold it against: same signed content, constant-time comparison, events older than the
 * tolerance refused. Pure: the time is handed in.
 */
export class SignatureRejected extends Error {
  override name = "SignatureRejected";
}

interface SignatureHeader {
  timestamp: number;
  signatures: string[];
}

function parseHeader(header: string): SignatureHeader {
  let timestamp = -1;
  const signatures: string[] = [];
  for (const item of header.split(",")) {
    const [key, value = ""] = item.split("=");
    if (key === "t" && /^\d{1,12}$/.test(value)) timestamp = Number.parseInt(value, 10);
    if (key === "v1") signatures.push(value);
  }
  if (timestamp < 0) throw new SignatureRejected("unable to extract the timestamp from the header");
  if (signatures.length === 0) throw new SignatureRejected("no v1 signature in the header");
  return { timestamp, signatures };
}

function sameHex(expected: string, given: string): boolean {
  const a = Buffer.from(expected, "utf8");
  const b = Buffer.from(given, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Throws SignatureRejected unless one v1 signature of `header` is the HMAC of the raw body under
 * `secret` and the signature is at most `toleranceSeconds` old at `nowSeconds`.
 */
export function verifyStripeSignature(
  rawBody: string,
  header: string | undefined,
  secret: string,
  nowSeconds: number,
  toleranceSeconds: number,
): void {
  if (!secret.trim()) throw new SignatureRejected("no webhook secret configured");
  if (!rawBody) throw new SignatureRejected("empty payload");
  if (!header) throw new SignatureRejected("missing Stripe-Signature header");
  const { timestamp, signatures } = parseHeader(header);
  const expected = createHmac("sha256", secret).update(`${timestamp}.${rawBody}`, "utf8").digest("hex");
  if (!signatures.some((s) => sameHex(expected, s))) throw new SignatureRejected("no signature matches the payload");
  if (nowSeconds - timestamp > toleranceSeconds) throw new SignatureRejected("timestamp outside the tolerance zone");
}
