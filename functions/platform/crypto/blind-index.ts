import { createHmac } from "node:crypto";

/**
 * HMAC blind index: lets Domus find a person by email without storing the email in plaintext.
 * The secret is a platform secret (wrapped by KMS, see platform-secrets.ts).
 */
export function blindIndex(secret: Buffer, purpose: string, value: string): string {
  return createHmac("sha256", secret).update(`${purpose}:${value.trim().toLowerCase()}`).digest("base64url");
}
