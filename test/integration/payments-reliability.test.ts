import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAccount, readAccountHead } from "../../functions/ledger/account-store";
import { type LedgerEntry, totalOf } from "../../functions/ledger/model/entry";
import { postEntries } from "../../functions/ledger/post-entries";
import { readEntries } from "../../functions/ledger/read-entries";
import { demoUnits } from "../../functions/local/seed/demo-associations";
import { manualPaymentId } from "../../functions/payments/model/payment-entries";
import { bookPenalties } from "../../functions/payments/penalties/daily";
import { writePenaltySettings } from "../../functions/payments/penalties/settings";
import { recordPayment } from "../../functions/payments/record-payment";
import { parseCamt053 } from "../../functions/payments/statements/camt053";
import { importStatement, linePaymentId } from "../../functions/payments/statements/import";
import { normalizeStatement } from "../../functions/payments/statements/normalize";
import { type AssociationProfile, createAssociation } from "../../functions/registry/associations";
import { putUnit } from "../../functions/registry/units";
import { roAssociation } from "./support/associations";
import { startTestDomus, type TestDomus } from "./support/domus";

let domus: TestDomus;
const a: AssociationProfile = roAssociation("ro-reliable", "Asociația Fiabilă");
const units = ["u001", "u002", "u003"];
const ownIbans = a.bankAccounts.map((b) => b.iban);

function charge(unitId: string, fund: "maintenance" | "repair", amountMinor: number): LedgerEntry {
  return {
    entryId: `chg-2026-10-${fund}`,
    period: "2026-10",
    date: "2026-10-05",
    kind: "charge",
    fund,
    amountMinor,
    description: fund,
    explanation: { dueDate: unitId === "u003" ? "2026-09-25" : "2026-10-25" },
  };
}

/** A camt.053 with credits to the units' references, transaction ids unique to the run. */
function camt(run: number, amounts: readonly { unit: number; minor: number }[]): string {
  const entries = amounts
    .map(
      (x, i) => `<Ntry><Amt Ccy="RON">${Math.trunc(x.minor / 100)}.${String(x.minor % 100).padStart(2, "0")}</Amt>
<CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-11-2${i % 9}</Dt></BookgDt><AcctSvcrRef>RUN${run}-TX${i}</AcctSvcrRef>
<NtryDtls><TxDtls><RmtInf><Ustrd>M7-00${x.unit} intretinere</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>`,
    )
    .join("\n");
  return `<?xml version="1.0"?><Document><BkToCstmrStmt><Stmt><Acct><Id><IBAN>${a.bankAccounts[0]?.iban}</IBAN></Id></Acct>
${entries}</Stmt></BkToCstmrStmt></Document>`;
}

beforeAll(async () => {
  domus = await startTestDomus({ seed: false });
  await createAssociation(domus.deps, a);
  for (const [i, u] of demoUnits("ro-lalelelor-m7", 3).entries()) {
    await putUnit(domus.deps, a.associationId, u);
    await openAccount(domus.deps, {
      associationId: a.associationId,
      unitId: u.unitId,
      unitNumber: u.number,
      currency: "RON",
    });
    await postEntries(domus.deps, a.associationId, u.unitId, [
      charge(u.unitId, "maintenance", 20_000 + i * 1000),
      charge(u.unitId, "repair", 5000),
    ]);
  }
  await writePenaltySettings(domus.deps, a.associationId, {
    enabled: true,
    decision: { number: "1/2026", adoptedOn: "2026-01-01", dailyRate: "0.002" },
  });
}, 120_000);

afterAll(async () => {
  await domus?.stop();
});

type Op =
  | { kind: "pay"; key: string; unit: string; minor: number }
  | { kind: "import"; xml: string }
  | { kind: "penalties"; day: string };

async function run(op: Op): Promise<unknown> {
  if (op.kind === "pay") {
    return recordPayment(domus.deps, a.associationId, {
      paymentId: manualPaymentId(a.associationId, op.key),
      unitId: op.unit,
      amountMinor: op.minor,
      date: "2026-11-15",
      method: "transfer",
      description: "test",
    });
  }
  if (op.kind === "import") return importStatement(domus.deps, a, { format: "camt053", content: op.xml });
  return bookPenalties(domus.deps, a, [op.day]);
}

async function ledgers() {
  const out = new Map<string, LedgerEntry[]>();
  for (const u of units) {
    const head = await readAccountHead(domus.deps, a.associationId, u, true);
    if (!head) throw new Error("no account");
    const entries = await readEntries(domus.deps, head.key, a.associationId, u);
    expect(entries.length, "entry count").toBe(head.item.entryCount);
    expect(
      entries.reduce((s, e) => s + e.amountMinor, 0),
      "balance = sum of entries",
    ).toBe(totalOf(head.balances));
    out.set(u, entries);
  }
  return out;
}

function paidBy(all: Map<string, LedgerEntry[]>, paymentId: string): number {
  return [...all.values()]
    .flat()
    .filter((e) => (e.explanation as { paymentId?: string } | undefined)?.paymentId === paymentId)
    .reduce((s, e) => s - e.amountMinor, 0);
}

let runNo = 0;
const opArb = fc.oneof(
  fc.record({
    kind: fc.constant("pay" as const),
    unit: fc.constantFrom(...units),
    minor: fc.integer({ min: 1, max: 40_000 }),
  }),
  fc.record({
    kind: fc.constant("import" as const),
    amounts: fc.array(fc.record({ unit: fc.integer({ min: 1, max: 3 }), minor: fc.integer({ min: 1, max: 30_000 }) }), {
      minLength: 1,
      maxLength: 3,
    }),
  }),
  fc.record({
    kind: fc.constant("penalties" as const),
    day: fc.constantFrom("2026-10-26", "2026-10-27", "2026-11-26"),
  }),
);

describe("money operations replayed 1–5 times, reordered and concurrent", () => {
  it("credit nothing twice, lose no payment, book each penalty once, keep balances equal to their entries", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(opArb, fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 5 }),
        fc.integer(),
        async (ops, seed) => {
          runNo += 1;
          const concrete: Op[] = ops.map(([o], i) =>
            o.kind === "pay"
              ? { kind: "pay", key: `r${runNo}-p${i}`, unit: o.unit, minor: o.minor }
              : o.kind === "import"
                ? { kind: "import", xml: camt(runNo * 10 + i, o.amounts) }
                : { kind: "penalties", day: o.day },
          );
          const replayed = concrete.flatMap((op, i) => Array.from({ length: ops[i]?.[1] ?? 1 }, () => op));
          const shuffled = replayed
            .map((op, i) => ({ op, k: Math.imul(i + 1, seed | 1) >>> 0 }))
            .sort((x, y) => x.k - y.k)
            .map((x) => x.op);
          await Promise.all(shuffled.map(run));
          const all = await ledgers();
          for (const op of concrete) {
            if (op.kind === "pay") expect(paidBy(all, manualPaymentId(a.associationId, op.key))).toBe(op.minor);
            if (op.kind === "import") {
              for (const l of normalizeStatement(a.associationId, parseCamt053(op.xml), "RON", ownIbans)) {
                expect(paidBy(all, linePaymentId(a.associationId, l.lineId))).toBe(l.amountMinor);
              }
            }
          }
          // Each (day, debt) was booked once: running the day again books nothing.
          for (const op of concrete) {
            if (op.kind === "penalties") expect((await bookPenalties(domus.deps, a, [op.day])).entries).toBe(0);
          }
          await ledgers();
        },
      ),
      { numRuns: 15 },
    );
  }, 240_000);
});
