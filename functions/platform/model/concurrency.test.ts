import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapConcurrent } from "./concurrency";

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("mapConcurrent", () => {
  it("answers in input order and never runs more than the limit at once", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(3), { maxLength: 40 }), fc.integer({ min: 1, max: 8 }), async (waits, limit) => {
        let running = 0;
        let peak = 0;
        const out = await mapConcurrent(waits, limit, async (w, i) => {
          running += 1;
          peak = Math.max(peak, running);
          for (let k = 0; k < w; k++) await tick();
          running -= 1;
          return i * 2;
        });
        expect(out).toEqual(waits.map((_, i) => i * 2));
        expect(peak).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 60 },
    );
  });

  it("rejects with the first failure", async () => {
    await expect(
      mapConcurrent([1, 2, 3], 2, async (n) => {
        if (n === 2) throw new Error("boom");
        return n;
      }),
    ).rejects.toThrow("boom");
  });

  it("refuses a limit below one", async () => {
    await expect(mapConcurrent([1], 0, async (n) => n)).rejects.toThrow(RangeError);
  });
});
