import { describe, expect, it } from "vitest";
import type { JobMessage } from "../jobs/queue/message";
import { InProcessJobQueue } from "./job-queue";

const message = (associationId: string): JobMessage => ({
  job: "billing.daily",
  associationId,
  at: "2026-12-05T00:00:00.000Z",
});
const quick = { backoffMs: () => 5, visibilityTimeoutMs: 10_000 };

describe("the local job queue", () => {
  it("delivers every message and is idle once all are done", async () => {
    const seen: string[] = [];
    const queue = new InProcessJobQueue(async (m) => void seen.push(m.associationId), quick);
    await queue.send(["a", "b", "c"].map(message));
    await queue.idle();
    expect(seen.sort()).toEqual(["a", "b", "c"]);
    expect(queue.depth()).toEqual({ queued: 0, inFlight: 0, dead: 0 });
  });

  it("retries a failing message with backoff and parks it after the last attempt, the others unaffected", async () => {
    const attempts = new Map<string, number>();
    const queue = new InProcessJobQueue(
      async (m) => {
        attempts.set(m.associationId, (attempts.get(m.associationId) ?? 0) + 1);
        if (m.associationId === "bad") throw new RangeError("Invalid time zone specified: Mars/Olympus_Mons");
      },
      { ...quick, maxReceives: 3 },
    );
    await queue.send(["good-1", "bad", "good-2"].map(message));
    await queue.idle();
    expect(Object.fromEntries(attempts)).toEqual({ "good-1": 1, bad: 3, "good-2": 1 });
    expect(queue.deadLetters()).toEqual([{ message: message("bad"), receives: 3, lastError: "RangeError" }]);
  });

  it("a message that succeeds on a later attempt is not parked", async () => {
    let calls = 0;
    const queue = new InProcessJobQueue(
      async () => {
        calls += 1;
        if (calls < 3) throw new Error("throttled");
      },
      { ...quick, maxReceives: 5 },
    );
    await queue.send([message("a")]);
    await queue.idle();
    expect(calls).toBe(3);
    expect(queue.deadLetters()).toEqual([]);
  });

  it("redrives the dead letters once the cause is fixed", async () => {
    let broken = true;
    const done: string[] = [];
    const queue = new InProcessJobQueue(
      async (m) => {
        if (broken) throw new Error("broken");
        done.push(m.associationId);
      },
      { ...quick, maxReceives: 2 },
    );
    await queue.send([message("a")]);
    await queue.idle();
    expect(queue.depth().dead).toBe(1);
    broken = false;
    expect(await queue.redrive()).toBe(1);
    await queue.idle();
    expect(done).toEqual(["a"]);
    expect(queue.depth()).toEqual({ queued: 0, inFlight: 0, dead: 0 });
  });

  it("works at most `concurrency` messages at once", async () => {
    let running = 0;
    let most = 0;
    const queue = new InProcessJobQueue(
      async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, 5));
        running -= 1;
      },
      { ...quick, concurrency: 3 },
    );
    await queue.send(Array.from({ length: 20 }, (_, i) => message(`a${i}`)));
    await queue.idle();
    expect(most).toBe(3);
  });

  it("delivers a message again when its worker outlives the visibility timeout (at least once)", async () => {
    const deliveries: number[] = [];
    let release: () => void = () => undefined;
    const stuck = new Promise<void>((r) => {
      release = r;
    });
    const queue = new InProcessJobQueue(
      async () => {
        deliveries.push(deliveries.length + 1);
        if (deliveries.length === 1) await stuck;
      },
      { ...quick, visibilityTimeoutMs: 20 },
    );
    await queue.send([message("slow")]);
    await new Promise((r) => setTimeout(r, 80));
    expect(deliveries).toEqual([1, 2]);
    release();
    await queue.idle();
    expect(queue.depth()).toEqual({ queued: 0, inFlight: 0, dead: 0 });
  });
});
