import { createHash } from "node:crypto";
import { serviceError } from "./dynamo-wire";

interface Remembered {
  fingerprint: string;
  output: Record<string, unknown>;
  expiresAt: number;
}

/**
 * `ClientRequestToken` handling for TransactWriteItems: within ten minutes, repeating a token
 * with the same items returns the first answer without writing again; with other items it is
 * an IdempotentParameterMismatchException, as in DynamoDB. Kept in memory only.
 */
export class IdempotencyTokens {
  private readonly entries = new Map<string, Remembered>();

  constructor(
    private readonly windowMs = 10 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** A stable digest of the transaction's items, to tell a retry from a different request. */
  static fingerprint(items: unknown): string {
    return createHash("sha256").update(JSON.stringify(items)).digest("hex");
  }

  /** The earlier answer for this token, if it is a retry of the same request. */
  replay(token: string, fingerprint: string): Record<string, unknown> | undefined {
    this.evictExpired();
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.fingerprint !== fingerprint) {
      throw serviceError(
        "IdempotentParameterMismatchException",
        "The request uses the same client token as a previous, but non-identical request.",
      );
    }
    return entry.output;
  }

  /** Records the answer of a successful transaction under its token. */
  remember(token: string, fingerprint: string, output: Record<string, unknown>): void {
    this.entries.set(token, { fingerprint, output, expiresAt: this.now() + this.windowMs });
  }

  private evictExpired(): void {
    const now = this.now();
    for (const [token, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(token);
  }
}
