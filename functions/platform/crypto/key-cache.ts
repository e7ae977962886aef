/**
 * Bounded in-memory cache of unwrapped data keys: a warm request makes no KMS call, yet a key
 * never lives longer than `ttlMs` in memory and at most `maxEntries` keys are held.
 */
export class KeyCache {
  private readonly entries = new Map<string, { key: Buffer; expires: number }>();

  constructor(
    // 32 bytes a key: 20,000 keys (a billing run over the largest association) is under 1 MB.
    private readonly maxEntries = 20_000,
    private readonly ttlMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(id: string): Buffer | undefined {
    const hit = this.entries.get(id);
    if (!hit) return undefined;
    if (hit.expires <= this.now()) {
      this.forget(id);
      return undefined;
    }
    // Re-insert to keep Map order as least-recently-used first.
    this.entries.delete(id);
    this.entries.set(id, hit);
    return hit.key;
  }

  set(id: string, key: Buffer): void {
    this.entries.delete(id);
    this.entries.set(id, { key, expires: this.now() + this.ttlMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.forget(oldest);
    }
  }

  forget(id: string): void {
    this.entries.get(id)?.key.fill(0);
    this.entries.delete(id);
  }

  get size(): number {
    return this.entries.size;
  }
}
