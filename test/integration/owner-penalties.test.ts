import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { receiptData } from "../../functions/documents/receipt";
import { readAccountHead } from "../../functions/ledger/account-store";
import type { LedgerEntry } from "../../functions/ledger/model/entry";
import { readEntries } from "../../functions/ledger/read-entries";
import { bookPenalties, lastDays } from "../../functions/payments/penalties/daily";
import { recordPayment } from "../../functions/payments/record-payment";
import { fixedClock } from "../../functions/platform/clock";
import { translate } from "../../functions/platform/i18n";
import { type AssociationProfile, readAssociation } from "../../functions/registry/associations";
import { readUnit, type Unit } from "../../functions/registry/units";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";

/**
 * The owner's bill after a month of daily penalties: one line per debt and month in the language
 * the owner reads, the days kept underneath, and sums exact to the immutable entries. Ana's
 * November list (Romania) is due on 2026-11-25; penalties run from day 31, 2026-12-26.
 */
let domus: TestDomus;
let ro: AssociationProfile;
const owner = new ApiClient("", "uk");
const unitPath = "/api/owner/associations/ro-lalelelor-m7/units/u012";
const plain = (text: string) => text.replace(/[\u00a0\u202f\u2009]/g, " ");

interface Line {
  entryId: string;
  kind: string;
  name: string;
  amountMinor: number;
  text: string;
  balanceAfterMinor?: number;
  penalty?: {
    debtId: string;
    debtName?: string;
    from: string;
    to: string;
    days: number;
    runs: { from: string; to: string; days: number; baseMinor: number; amountMinor: number }[];
    daily: { entryId: string; date: string; amountMinor: number }[];
  };
}

async function entriesOfU012(): Promise<LedgerEntry[]> {
  const head = await readAccountHead(domus.deps, ro.associationId, "u012", true);
  return head ? readEntries(domus.deps, head.key, ro.associationId, "u012") : [];
}

const penaltiesOf = (entries: LedgerEntry[], debtId: string) =>
  entries.filter((e) => e.kind === "penalty" && (e.explanation as { debtId?: string }).debtId === debtId);

beforeAll(async () => {
  domus = await startTestDomus({ clock: fixedClock("2026-12-31T08:00:00Z") });
  Object.assign(owner, { baseUrl: domus.url });
  ro = (await readAssociation(domus.deps, "ro-lalelelor-m7")) as AssociationProfile;
  expect((await owner.signIn("ana.popescu@example.com")).status).toBe(200);
  // Three days of penalties, a partial transfer on the 28th (10 lei of the 15 lei administration
  // charge, the oldest debt first), three more days, one of them on a lower base.
  await bookPenalties(domus.deps, ro, lastDays("2026-12-28", 3));
  await recordPayment(domus.deps, ro.associationId, {
    paymentId: "m-owner-penalties-1",
    unitId: "u012",
    amountMinor: 1000,
    date: "2026-12-28",
    method: "transfer",
    description: translate(ro.locale, "payment.desc.transfer"),
  });
  await bookPenalties(domus.deps, ro, lastDays("2026-12-31", 3));
}, 120_000);

afterAll(async () => {
  await domus?.stop();
});

describe("the owner's charges with a month of daily penalties", () => {
  it("answer one line per debt in the reader's language, summing exactly to the daily entries", async () => {
    const entries = await entriesOfU012();
    const res = await owner.get<{ totalMinor: number; lines: Line[] }>(`${unitPath}/charges?period=2026-12`);
    expect(res.status).toBe(200);
    const lines = res.body.lines.filter((l) => l.kind === "penalty");
    const debts = new Set(
      entries.filter((e) => e.kind === "penalty").map((e) => (e.explanation as { debtId: string }).debtId),
    );
    expect(debts.size).toBeGreaterThan(0);
    expect(lines).toHaveLength(debts.size);
    for (const line of lines) {
      const own = penaltiesOf(entries, line.penalty?.debtId ?? "");
      expect(own).toHaveLength(6);
      expect(line.amountMinor).toBe(own.reduce((s, e) => s + e.amountMinor, 0));
      expect(line.penalty).toMatchObject({ from: "2026-12-26", to: "2026-12-31", days: 6 });
      expect(line.penalty?.daily.map((d) => d.entryId).sort()).toEqual(own.map((e) => e.entryId).sort());
      expect(line.penalty?.runs.reduce((s, r) => s + r.amountMinor, 0)).toBe(line.amountMinor);
      expect(plain(line.name)).toBe(`Пеня за «${line.penalty?.debtName}» (листопад 2026 р.)`);
      expect(plain(line.text)).toContain(": 6 днів, 26–31 грудня 2026 р.");
      expect(plain(line.text)).toContain("% на день на");
      expect(line.text).not.toMatch(/Penalitate/);
    }
    // The debt the transfer paid first runs on a lower base from the day after the payment.
    const paid = lines.find((l) => (l.penalty?.runs.length ?? 0) > 1);
    expect(paid?.penalty?.runs.map((r) => [r.from, r.to, r.days])).toEqual([
      ["2026-12-26", "2026-12-28", 3],
      ["2026-12-29", "2026-12-31", 3],
    ]);
    const ofPeriod = entries.filter((e) => e.period === "2026-12" && e.kind !== "payment");
    expect(res.body.totalMinor).toBe(ofPeriod.reduce((s, e) => s + e.amountMinor, 0));
  });

  it("answer the same lines in Polish when the reader reads Polish", async () => {
    owner.locale = "pl";
    const res = await owner.get<{ lines: Line[] }>(`${unitPath}/charges?period=2026-12`);
    owner.locale = "uk";
    const line = res.body.lines.find((l) => l.kind === "penalty");
    expect(line?.name).toMatch(/^Odsetki od „.+” \(listopad 2026\)$/);
    expect(plain(line?.text ?? "")).toContain(": 6 dni, 26–31 grudnia 2026");
  });

  it("keep the running balance right in the history, with the transfer named in the reader's language", async () => {
    const res = await owner.get<{ balanceMinor: number; entries: Line[] }>(`${unitPath}/ledger?limit=200`);
    expect(res.status).toBe(200);
    const oldestFirst = [...res.body.entries].reverse();
    let before = 0;
    for (const row of oldestFirst) {
      expect(row.balanceAfterMinor).toBe(before + row.amountMinor);
      before = row.balanceAfterMinor ?? 0;
    }
    expect(before).toBe(res.body.balanceMinor);
    expect(new Set(res.body.entries.map((r) => r.entryId)).size).toBe(res.body.entries.length);
    const transfer = res.body.entries.find((r) => r.entryId.startsWith("pay-m-owner-penalties-1"));
    expect(transfer?.name).toBe("Банківський переказ");
    // Each debt's December penalties: one row before the transfer and one after, six days in all.
    const december = res.body.entries.filter((r) => r.kind === "penalty" && r.penalty?.from.startsWith("2026-12"));
    const byDebt = new Map<string, number[]>();
    for (const r of december)
      byDebt.set(r.penalty?.debtId ?? "", [...(byDebt.get(r.penalty?.debtId ?? "") ?? []), r.penalty?.days ?? 0]);
    expect(byDebt.size).toBeGreaterThan(0);
    for (const days of byDebt.values()) {
      expect(days).toHaveLength(2);
      expect(days.reduce((s, d) => s + d, 0)).toBe(6);
    }
  });

  it("merge a month's penalties into one line of the home page's latest entries, in the reader's language", async () => {
    const head = await readAccountHead(domus.deps, ro.associationId, "u012", true);
    const recentPenalties = (head?.recent ?? []).filter((e) => e.kind === "penalty");
    expect(recentPenalties.length).toBeGreaterThan(1);
    const res = await owner.get<{ recent: { kind: string; description: string; amountMinor: number }[] }>(
      `${unitPath}/summary`,
    );
    const lines = res.body.recent.filter((l) => l.kind === "penalty");
    expect(lines).toHaveLength(1);
    expect(plain(lines[0]?.description ?? "")).toMatch(
      /^Пеня за прострочення, \d+(–\d+)? грудня 2026 р\. \(\d+ дн(і|ів|ь)\)$/,
    );
    expect(lines[0]?.amountMinor).toBe(recentPenalties.reduce((s, e) => s + e.amountMinor, 0));
  });

  it("print one line per debt on the receipt PDF, in the reader's language", async () => {
    const unit = (await readUnit(domus.deps, ro.associationId, "u012")) as Unit;
    const data = await receiptData(domus.deps, ro, unit, "2026-12", "ru");
    const penalties = data.lines.filter((l) => l.kind === "penalty");
    expect(penalties.length).toBeGreaterThan(0);
    for (const l of penalties)
      expect(plain(l.text)).toMatch(/^Пени по «.+» \(ноябрь 2026 г\.\): 6 дней, 26–31 декабря 2026 г\./);
  });
});
