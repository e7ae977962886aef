import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPaymentsDemo } from "../../functions/payments/demo-seed";
import { fixedClock } from "../../functions/platform/clock";
import { readAssociation } from "../../functions/registry/associations";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";
import { signInWithTotp } from "./support/identity";

/** Debts for the board on 2026-12-26: the seeded September–November lists, unpaid on every fifth unit. */
let domus: TestDomus;
const clock = fixedClock("2026-12-26T08:00:00Z");
const ro = "ro-lalelelor-m7";
const pl = "pl-rozana-12";
const admin = (a: string) => `/api/admin/associations/${a}`;
const accountant = new ApiClient("", "ro");
const board = new ApiClient("", "ro");
const operator = new ApiClient("", "en");

type Aging = { d0_30: number; d31_60: number; d61_90: number; d90plus: number };
interface Debtor {
  unitId: string;
  aging: Aging;
  overdueMinor: number;
  daysPastDue: number;
  caseStatus?: string;
}

const sum = (a: Aging) => a.d0_30 + a.d31_60 + a.d61_90 + a.d90plus;

beforeAll(async () => {
  domus = await startTestDomus({ clock });
  for (const c of [accountant, board, operator]) Object.assign(c, { baseUrl: domus.url });
  const now = () => clock.now().getTime();
  expect((await signInWithTotp(accountant, "maria.stan@example.com", { now })).status).toBe(200);
  clock.advance(30_000);
  expect((await signInWithTotp(board, "victor.pop@example.com", { now })).status).toBe(200);
  clock.advance(30_000);
  expect((await signInWithTotp(operator, "admin@example.com", { now })).status).toBe(200);
}, 120_000);

afterAll(async () => {
  await domus?.stop();
});

describe("debtors with aging", () => {
  it("ages every debtor into 0–30, 31–60, 61–90 and 90+ with totals that add up", async () => {
    const out = await board.get(`${admin(ro)}/debtors`);
    expect(out.status).toBe(200);
    const debtors = out.body.debtors as Debtor[];
    const u005 = debtors.find((d) => d.unitId === "u005");
    // September (due 09-25) is 92 days late, October 62, November 31.
    expect(u005?.daysPastDue).toBe(92);
    expect(u005?.aging.d90plus).toBeGreaterThan(0);
    expect(u005?.aging.d61_90).toBeGreaterThan(0);
    expect(u005?.aging.d31_60).toBeGreaterThan(0);
    expect(debtors.find((d) => d.unitId === "u012")?.aging).toMatchObject({ d0_30: 0, d61_90: 0, d90plus: 0 });
    for (const d of debtors) expect(sum(d.aging)).toBe(d.overdueMinor);
    const totals = out.body.totals as { aging: Aging; overdueMinor: number; debtors: number };
    expect(totals.debtors).toBe(debtors.length);
    expect(sum(totals.aging)).toBe(totals.overdueMinor);
    expect(debtors.reduce((s, d) => s + d.overdueMinor, 0)).toBe(totals.overdueMinor);
    const earlier = await board.get(`${admin(ro)}/debtors?asOf=2026-11-20`);
    expect((earlier.body.debtors as Debtor[]).some((d) => d.unitId === "u012")).toBe(false);
  });

  it("shows a unit's history with the running balance", async () => {
    const out = await board.get(`${admin(ro)}/units/u005/debt-history`);
    expect(out.status).toBe(200);
    const history = out.body.history as { amountMinor: number; balanceMinor: number }[];
    expect(history.at(-1)?.balanceMinor).toBe(history.reduce((s, h) => s + h.amountMinor, 0));
    expect(out.body.daysPastDue).toBe(92);
  });
});

describe("debt-collection cases", () => {
  const notes = (a: string, u: string) => `${admin(a)}/units/${u}/debt-case/notes`;

  it("opens a case with a status, keeps dated notes (also when added at once), board reads only", async () => {
    const first = { date: "2026-12-26", text: "Somație trimisă prin poștă", status: "notice_sent" };
    expect((await board.post(notes(ro, "u005"), first)).status).toBe(403);
    const noStatus = await accountant.post(notes(ro, "u010"), { date: "2026-12-26", text: "x" });
    expect(noStatus.status).toBe(422);
    expect(noStatus.body).toMatchObject({ error: { code: "debts.case_needs_status" } });
    const opened = await accountant.post(notes(ro, "u005"), first);
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ case: { status: "notice_sent", openedOn: "2026-12-26" } });
    await Promise.all(
      ["Sunat proprietarul", "Promite plata în ianuarie", "Acord plan de plată"].map((text, i) =>
        accountant.post(notes(ro, "u005"), {
          date: "2026-12-27",
          text,
          ...(i === 2 ? { status: "payment_plan" } : {}),
        }),
      ),
    );
    const list = await board.get(`${admin(ro)}/debt-cases`);
    const theCase = (list.body.cases as { unitId: string; status: string; notes: unknown[] }[])[0];
    expect(theCase?.notes).toHaveLength(4);
    expect(theCase?.status).toBe("payment_plan");
    const debtors = (await board.get(`${admin(ro)}/debtors`)).body.debtors as Debtor[];
    expect(debtors.find((d) => d.unitId === "u005")?.caseStatus).toBe("payment_plan");
  });

  it("never lists another association's cases or debtors", async () => {
    const pln = await operator.post(notes(pl, "u010"), { date: "2026-12-26", text: "Sąd", status: "court" });
    expect(pln.status).toBe(201);
    const roCases = (await operator.get(`${admin(ro)}/debt-cases`)).body.cases as { unitId: string }[];
    expect(roCases.map((c) => c.unitId)).toEqual(["u005"]);
    const roDebtors = (await operator.get(`${admin(ro)}/debtors`)).body.debtors as Debtor[];
    expect(roDebtors.find((d) => d.unitId === "u010")?.caseStatus).toBeUndefined();
    expect((await accountant.get(`${admin(pl)}/debtors`)).status).toBe(403);
    expect((await accountant.get(`${admin(pl)}/debt-cases`)).status).toBe(403);
    expect((await accountant.get(`/api/files/associations/${pl}/debtors`)).status).toBe(403);
  });

  it("exports the debtors as CSV and XLSX", async () => {
    const debtors = ((await board.get(`${admin(ro)}/debtors`)).body.debtors as Debtor[]).length;
    const csv = await board.get(`/api/files/associations/${ro}/debtors?format=csv`);
    expect(csv.status).toBe(200);
    const rows = String(csv.body).trim().split("\n");
    expect(rows[0]).toContain("Peste 90 zile");
    expect(rows).toHaveLength(debtors + 1);
    const xlsx = await fetch(`${domus.url}/api/files/associations/${ro}/debtors?format=xlsx`, {
      headers: { cookie: board.cookie ?? "" },
    });
    expect(xlsx.status).toBe(200);
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
  });
});

describe("payments demo seed", () => {
  it("records the Romanian penalty decision and leaves unmatched transfers in the queue", async () => {
    const a = await readAssociation(domus.deps, ro);
    if (!a) throw new Error("no association");
    await seedPaymentsDemo(domus.deps, a);
    await seedPaymentsDemo(domus.deps, a);
    const penalties = await board.get(`${admin(ro)}/penalty-settings`);
    expect(penalties.body).toMatchObject({ policy: { active: true }, settings: { decision: { number: "3/2026" } } });
    const queue = await board.get(`${admin(ro)}/bank-statements/lines`);
    expect((queue.body.lines as unknown[]).length).toBe(3);
  });
});
