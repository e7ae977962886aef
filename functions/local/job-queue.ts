import type { JobMessage, JobQueue } from "../jobs/queue/message";

/** How the local queue behaves: SQS's settings, with the values the CDK queue uses. */
export interface LocalQueueOptions {
  /** How long a received message stays hidden before it may be delivered again. */
  visibilityTimeoutMs: number;
  /** Deliveries before a message is parked in the dead-letter list (SQS maxReceiveCount). */
  maxReceives: number;
  /** Messages worked at once (the worker Lambda's concurrency). */
  concurrency: number;
  /** Delay before a failed message is visible again, by attempt (1-based). */
  backoffMs: (attempt: number) => number;
  now?: () => number;
}

interface Entry {
  id: number;
  message: JobMessage;
  receives: number;
  visibleAt: number;
  lastError?: string;
}

/** A message an operator can see after its last attempt failed. */
export interface DeadLetter {
  message: JobMessage;
  receives: number;
  lastError?: string;
}

export const localQueueDefaults: LocalQueueOptions = {
  visibilityTimeoutMs: 15 * 60_000,
  maxReceives: 5,
  concurrency: 4,
  backoffMs: (attempt) => Math.min(60_000, 500 * 2 ** (attempt - 1)),
};

/**
 * The job queue on one machine, behind the same port as SQS: at-least-once delivery, a
 * visibility timeout after which an unfinished message comes back, retries with backoff, and a
 * dead-letter list an operator can read and redrive. Messages live in memory: a restart loses
 * queued work, which the next schedule dispatches again (every job is idempotent).
 */
export class InProcessJobQueue implements JobQueue {
  private readonly entries = new Map<number, Entry>();
  private readonly dead: DeadLetter[] = [];
  private nextId = 1;
  private inFlight = 0;
  private timer: NodeJS.Timeout | undefined;
  private waiters: (() => void)[] = [];
  private readonly opts: LocalQueueOptions;

  constructor(
    private readonly handle: (message: JobMessage) => Promise<unknown>,
    options: Partial<LocalQueueOptions> = {},
  ) {
    this.opts = { ...localQueueDefaults, ...options };
  }

  private now(): number {
    return (this.opts.now ?? Date.now)();
  }

  async send(messages: readonly JobMessage[]): Promise<void> {
    for (const message of messages) {
      const id = this.nextId++;
      this.entries.set(id, { id, message, receives: 0, visibleAt: this.now() });
    }
    this.pump();
  }

  /** Messages waiting or being worked, and the dead letters. */
  depth(): { queued: number; inFlight: number; dead: number } {
    return { queued: this.entries.size, inFlight: this.inFlight, dead: this.dead.length };
  }

  deadLetters(): readonly DeadLetter[] {
    return [...this.dead];
  }

  /** Puts every dead letter back on the queue (the operator fixed the cause). */
  async redrive(): Promise<number> {
    const moved = this.dead.splice(0, this.dead.length);
    await this.send(moved.map((d) => d.message));
    return moved.length;
  }

  /** Resolves when nothing is queued or in flight (dead letters stay). */
  idle(): Promise<void> {
    if (this.entries.size === 0 && this.inFlight === 0) return Promise.resolve();
    return new Promise((done) => this.waiters.push(done));
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  private visible(): Entry | undefined {
    const now = this.now();
    for (const e of this.entries.values()) if (e.visibleAt <= now) return e;
    return undefined;
  }

  private pump(): void {
    clearTimeout(this.timer);
    for (let e = this.visible(); e && this.inFlight < this.opts.concurrency; e = this.visible()) this.deliver(e);
    this.wake();
    this.armTimer();
  }

  private deliver(e: Entry): void {
    e.receives += 1;
    e.visibleAt = this.now() + this.opts.visibilityTimeoutMs;
    this.inFlight += 1;
    const receipt = e.receives;
    this.handle(e.message)
      .then(
        () => this.entries.delete(e.id),
        (error: unknown) => this.failed(e, receipt, error),
      )
      .finally(() => {
        this.inFlight -= 1;
        this.pump();
      });
  }

  private failed(e: Entry, receipt: number, error: unknown): void {
    // A later delivery of the same message (after the visibility timeout) owns it now.
    if (!this.entries.has(e.id) || e.receives !== receipt) return;
    e.lastError = (error as Error)?.name ?? "Error";
    if (e.receives >= this.opts.maxReceives) {
      this.entries.delete(e.id);
      this.dead.push({ message: e.message, receives: e.receives, lastError: e.lastError });
      return;
    }
    e.visibleAt = this.now() + this.opts.backoffMs(e.receives);
  }

  private armTimer(): void {
    if (this.entries.size === 0) return;
    const next = Math.min(...[...this.entries.values()].map((e) => e.visibleAt));
    this.timer = setTimeout(() => this.pump(), Math.max(0, next - this.now()));
    this.timer.unref();
  }

  private wake(): void {
    if (this.entries.size > 0 || this.inFlight > 0) return;
    const waiters = this.waiters.splice(0, this.waiters.length);
    for (const w of waiters) w();
  }
}
