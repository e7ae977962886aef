import { createHash, randomBytes } from "node:crypto";
import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { keys } from "../platform/keys";
import type { TransactItem } from "../platform/table";

/**
 * One-time secrets (invitation links, reset links, email confirmations, activation codes, TOTP
 * challenges). Only a SHA-256 of the secret is stored — the secrets are long and random, so a
 * fast hash is enough — with a TTL; using one deletes it under a condition, so it works once.
 */
export type TokenPurpose = "invite" | "activation" | "reset" | "email" | "challenge";

export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("base64url");
export const newSecret = () => randomBytes(32).toString("base64url");
const epochSeconds = (deps: AppDeps) => Math.floor(deps.clock.now().getTime() / 1000);

export interface TokenItem {
  pk: string;
  sk: string;
  purpose: TokenPurpose;
  expiresAt: number;
}

/** The item to put for a new token; callers add their data and write it (often in a transaction). */
export function tokenItem<T extends object>(
  deps: AppDeps,
  purpose: TokenPurpose,
  secret: string,
  ttlSeconds: number,
  data: T,
): TokenItem & T {
  return {
    ...keys.oneTimeToken(purpose, hashSecret(secret)),
    purpose,
    expiresAt: epochSeconds(deps) + ttlSeconds,
    ...data,
  };
}

/** A live token's item, or undefined when unknown, used or expired (TTL deletion lags, so check). */
export async function readToken<T extends object>(
  deps: AppDeps,
  purpose: TokenPurpose,
  secret: string,
): Promise<(TokenItem & T) | undefined> {
  if (secret.length < 8 || secret.length > 128) return undefined;
  const item = await deps.table.get<TokenItem & T>(keys.oneTimeToken(purpose, hashSecret(secret)), true);
  return item && item.expiresAt > epochSeconds(deps) ? item : undefined;
}

/** Deletes a token only if it is still there and alive: the transaction fails on a second use. */
export function consumeToken(deps: AppDeps, item: TokenItem): TransactItem {
  return {
    Delete: {
      TableName: deps.table.name,
      Key: { pk: item.pk, sk: item.sk },
      ConditionExpression: "attribute_exists(pk) AND expiresAt > :now",
      ExpressionAttributeValues: { ":now": epochSeconds(deps) },
    },
  };
}

/** The error for a link or code that is wrong, expired or already used — one answer for all three. */
export const tokenInvalid = () => appError("identity.token_invalid", { status: 400 });
