import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../kernel/dates";
import type { LedgerEntry } from "../../ledger/model/entry";
import { groupPenalties, type OwnerRow, rowAmount, withBalances } from "./penalty-groups";

const charge = (entryId: string, date: string, amountMinor: number): LedgerEntry => ({
  entryId,
  period: date.slice(0, 7),
  date,
  kind: "charge",
  fund: "maintenance",
  amountMinor,
  description: entryId,
  explanation: { dueDate: "2026-10-25" },
});

const payment = (entryId: string, date: string, amountMinor: number): LedgerEntry => ({
  ...charge(entryId, date, -amountMinor),
  kind: "payment",
  explanation: { method: "transfer" },
});

/** A penalty entry as the daily job writes it. */
function penalty(debtId: string, day: string, baseMinor = 15_000, dailyRate = "0.0020000000", amountMinor = 30) {
  return {
    entryId: `pen-${day.replaceAll("-", "")}-${debtId}`,
    period: day.slice(0, 7),
    date: day,
    kind: "penalty",
    fund: "penalties",
    amountMinor,
    description: `Penalitate pentru ${day}`,
    explanation: { debtId, day, dayAfterDue: 31, baseMinor, dailyRate, capped: false },
  } satisfies LedgerEntry;
}

const days = (from: string, n: number) => Array.from({ length: n }, (_, i) => addDays(from, i));
const penaltyRows = <E extends LedgerEntry>(rows: OwnerRow<E>[]) =>
  rows.flatMap((r) => (r.kind === "penalties" ? [r] : []));

describe("penalties grouped per debt and period", () => {
  it("makes one line of 12 days at 0.2 % on 150.00, where the first day stood", () => {
    const entries = [
      charge("chg-water", "2026-11-01", 15_000),
      ...days("2026-11-01", 12).map((d) => penalty("chg-water", d)),
    ];
    const rows = groupPenalties(entries);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({ kind: "entry", entry: entries[0] });
    const [group] = penaltyRows(rows).map((r) => r.group);
    expect(group).toMatchObject({
      debtId: "chg-water",
      period: "2026-11",
      from: "2026-11-01",
      to: "2026-11-12",
      days: 12,
      amountMinor: 360,
      capped: false,
      runs: [
        {
          from: "2026-11-01",
          to: "2026-11-12",
          days: 12,
          baseMinor: 15_000,
          dailyRate: "0.0020000000",
          amountMinor: 360,
        },
      ],
    });
    expect(group?.daily.map((d) => d.date)).toEqual(days("2026-11-01", 12));
  });

  it("spells out a change of base, a change of rate and a gap as separate runs", () => {
    const entries = [
      ...days("2026-11-01", 3).map((d) => penalty("d", d)),
      ...days("2026-11-04", 2).map((d) => penalty("d", d, 10_000, "0.0020000000", 20)),
      ...days("2026-11-06", 2).map((d) => penalty("d", d, 10_000, "0.0030000000", 30)),
      penalty("d", "2026-11-20", 10_000, "0.0030000000", 30),
    ];
    const [group] = penaltyRows(groupPenalties(entries)).map((r) => r.group);
    expect(group?.runs.map((r) => [r.from, r.to, r.days, r.amountMinor])).toEqual([
      ["2026-11-01", "2026-11-03", 3, 90],
      ["2026-11-04", "2026-11-05", 2, 40],
      ["2026-11-06", "2026-11-07", 2, 60],
      ["2026-11-20", "2026-11-20", 1, 30],
    ]);
    expect(group).toMatchObject({ days: 8, amountMinor: 220, from: "2026-11-01", to: "2026-11-20" });
  });

  it("keeps debts apart, months apart, and entries without a structured explanation single", () => {
    const interleaved = days("2026-11-29", 4).flatMap((d) => [penalty("a", d), penalty("b", d, 5000, "0.002", 10)]);
    const bare: LedgerEntry = { ...penalty("a", "2026-11-15"), entryId: "pen-old", explanation: undefined };
    const rows = groupPenalties([bare, ...interleaved]);
    expect(rows[0]).toEqual({ kind: "entry", entry: bare });
    expect(penaltyRows(rows).map((r) => [r.group.debtId, r.group.period, r.group.days, r.group.amountMinor])).toEqual([
      ["a", "2026-11", 2, 60],
      ["b", "2026-11", 2, 20],
      ["a", "2026-12", 2, 60],
      ["b", "2026-12", 2, 20],
    ]);
  });

  it("in a running ledger groups only between other entries, so each balance is the one before plus the row", () => {
    let balance = 0;
    const running = [
      charge("chg", "2026-11-01", 15_000),
      ...days("2026-11-01", 5).map((d) => penalty("chg", d)),
      payment("pay", "2026-11-06", 5000),
      ...days("2026-11-06", 3).map((d) => penalty("chg", d, 10_000, "0.002", 20)),
    ].map((e) => {
      balance += e.amountMinor;
      return { ...e, balanceAfterMinor: balance };
    });
    const rows = withBalances(groupPenalties(running, "stretch"));
    expect(rows.map(({ row, balanceAfterMinor }) => [row.kind, rowAmount(row), balanceAfterMinor])).toEqual([
      ["entry", 15_000, 15_000],
      ["penalties", 150, 15_150],
      ["entry", -5000, 10_150],
      ["penalties", 60, 10_210],
    ]);
  });
});

/** Accounts of random shape: charges, payments and daily penalties on a few debts over two months. */
const ledgerArb = fc
  .array(
    fc.oneof(
      fc.record({ kind: fc.constant("charge" as const), amount: fc.integer({ min: 1, max: 10_000_000 }) }),
      fc.record({ kind: fc.constant("payment" as const), amount: fc.integer({ min: 1, max: 10_000_000 }) }),
      fc.record({
        kind: fc.constant("penalty" as const),
        debt: fc.constantFrom("a", "b", "c"),
        base: fc.constantFrom(10_000, 15_000),
        amount: fc.integer({ min: 0, max: 2_000_000 }),
      }),
    ),
    { maxLength: 120 },
  )
  .map((ops) =>
    ops.map((op, i) => {
      const day = addDays("2026-11-15", Math.floor(i / 3));
      if (op.kind === "penalty") return { ...penalty(op.debt, day, op.base, "0.002", op.amount), entryId: `pen-${i}` };
      return op.kind === "charge" ? charge(`chg-${i}`, day, op.amount) : payment(`pay-${i}`, day, op.amount);
    }),
  );

describe("grouping, for any account", () => {
  it("sums each group exactly to its entries and loses or doubles no entry, in both modes", () => {
    fc.assert(
      fc.property(ledgerArb, fc.constantFrom("period" as const, "stretch" as const), (entries, within) => {
        const rows = groupPenalties(entries, within);
        const shown = rows.flatMap((r) => (r.kind === "entry" ? [r.entry] : r.entries));
        expect(shown.map((e) => e.entryId).sort()).toEqual(entries.map((e) => e.entryId).sort());
        for (const r of penaltyRows(rows)) {
          expect(r.group.amountMinor).toBe(r.entries.reduce((s, e) => s + e.amountMinor, 0));
          expect(r.group.runs.reduce((s, x) => s + x.amountMinor, 0)).toBe(r.group.amountMinor);
          expect(r.group.daily.reduce((s, d) => s + d.amountMinor, 0)).toBe(r.group.amountMinor);
          expect(new Set(r.entries.map((e) => `${e.period}/${penaltyDebt(e)}`)).size).toBe(1);
        }
        expect(rows.reduce((s, r) => s + rowAmount(r), 0)).toBe(entries.reduce((s, e) => s + e.amountMinor, 0));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps the running balance: each row is the one before plus its amount, ending at the true balance", () => {
    fc.assert(
      fc.property(ledgerArb, (entries) => {
        let balance = 0;
        const running = entries.map((e) => {
          balance += e.amountMinor;
          return { ...e, balanceAfterMinor: balance };
        });
        const rows = withBalances(groupPenalties(running, "stretch"));
        let before = 0;
        for (const { row, balanceAfterMinor } of rows) {
          expect(balanceAfterMinor).toBe(before + rowAmount(row));
          if (row.kind === "entry") expect(balanceAfterMinor).toBe(row.entry.balanceAfterMinor);
          before = balanceAfterMinor;
        }
        expect(rows.at(-1)?.balanceAfterMinor ?? 0).toBe(balance);
      }),
      { numRuns: 500 },
    );
  });
});

function penaltyDebt(e: LedgerEntry): unknown {
  return (e.explanation as { debtId?: unknown } | undefined)?.debtId;
}
