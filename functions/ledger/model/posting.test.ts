import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LedgerEntry } from "./entry";
import { fromSealed, postingIdOf, postingsOf, toSealed } from "./posting";

const entry = (entryId: string, period: string, amountMinor = 100): LedgerEntry => ({
  entryId,
  period,
  date: `${period}-05`,
  kind: "charge",
  fund: "maintenance",
  amountMinor,
  description: `line ${entryId}`,
  explanation: { source: "rule" },
});

describe("postings", () => {
  it("groups entries by period, every entry exactly once", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom("2026-10", "2026-11")), {
          selector: ([id]) => id,
          maxLength: 30,
        }),
        (pairs) => {
          const entries = pairs.map(([id, period]) => entry(id, period));
          const postings = postingsOf(entries);
          expect(postings.flatMap((p) => p.entries).sort((a, b) => a.entryId.localeCompare(b.entryId))).toEqual(
            [...entries].sort((a, b) => a.entryId.localeCompare(b.entryId)),
          );
          for (const p of postings) expect(p.entries.every((e) => e.period === p.period)).toBe(true);
          expect(new Set(postings.map((p) => p.period)).size).toBe(postings.length);
        },
      ),
    );
  });

  it("names a posting the same whatever the order of its entries; a lone entry keeps its own id", () => {
    const a = [entry("chg-b", "2026-11"), entry("chg-a", "2026-11")];
    expect(postingIdOf(a)).toBe(postingIdOf([...a].reverse()));
    expect(postingIdOf(a)).toMatch(/^P-[\w-]{22}$/);
    expect(postingIdOf([entry("pay-1", "2026-11")])).toBe("pay-1");
    expect(postingIdOf(a)).not.toBe(postingIdOf([...a, entry("chg-c", "2026-11")]));
  });

  it("seals and opens an entry unchanged", () => {
    const e = entry("chg-x", "2026-11", -2550);
    expect(fromSealed(JSON.parse(JSON.stringify(toSealed(e))))).toEqual(e);
  });
});
