import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draftPeriod } from "../../functions/billing/draft";
import { publishPeriod } from "../../functions/billing/publish";
import { receiptData } from "../../functions/documents/receipt";
import { readAccountHead } from "../../functions/ledger/account-store";
import { totalOf } from "../../functions/ledger/model/entry";
import { readEntries } from "../../functions/ledger/read-entries";
import { type AssociationProfile, createAssociation } from "../../functions/registry/associations";
import { listUnits } from "../../functions/registry/units";
import { joinAssociation, roAssociation } from "./support/associations";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";
import { signInWithTotp } from "./support/identity";

let domus: TestDomus;
const chairman = new ApiClient("", "ro");

const roAssoc: AssociationProfile = roAssociation("ro-test-b1", "Asociația Test B1", { address: "Str. Test 1, Cluj" });
const plAssoc: AssociationProfile = {
  ...roAssoc,
  associationId: "pl-test-b1",
  name: "WM Testowa 1",
  legalName: "Wspólnota Mieszkaniowa Testowa 1",
  fiscalCode: "1234567883",
  country: "PL",
  currency: "PLN",
  locale: "pl",
  timezone: "Europe/Warsaw",
  bankAccounts: [{ iban: "PL61109010140000071219812874", bankName: "Santander" }],
};

const csv = [
  "number,building,staircase,type,floor,area,persons,personsFrom,paymentReference",
  "1,B1,A,apartment,0,40.00,1,2020-01-01,T-001",
  "2,B1,A,apartment,1,50.50,2,2020-01-01,T-002",
  "3,B1,A,apartment,1,60.00,3,2020-01-01,T-003",
  "4,B1,A,apartment,2,72.25,4,2020-01-01,T-004",
  "5,B1,A,commercial,0,30.00,0,2020-01-01,T-005",
].join("\n");

const admin = (a: string) => `/api/admin/associations/${a}`;

const join = (a: AssociationProfile, email: string, roles: ("chairman" | "owner")[], unitIds: string[] = []) =>
  joinAssociation(domus.deps, a, email, roles, unitIds);

/** Sum of every stored entry of every account equals its stored balances (the ledger invariant). */
async function ledgerConsistent(associationId: string) {
  for (const u of await listUnits(domus.deps, associationId)) {
    const head = await readAccountHead(domus.deps, associationId, u.unitId, true);
    if (!head) continue;
    const entries = await readEntries(domus.deps, head.key, associationId, u.unitId);
    expect(entries.length).toBe(head.item.entryCount);
    expect(entries.reduce((s, e) => s + e.amountMinor, 0)).toBe(totalOf(head.balances));
  }
}

const b2: AssociationProfile = { ...roAssoc, associationId: "ro-test-b2" };
const empty: AssociationProfile = { ...roAssoc, associationId: "ro-test-empty" };

/** Sessions snapshot memberships, so every test association and membership exists before sign-in. */
async function createTestAssociations() {
  for (const a of [roAssoc, plAssoc, b2, empty]) {
    await createAssociation(domus.deps, a);
    await join(a, "ion.ionescu@example.com", ["chairman"]);
  }
  for (const a of [roAssoc, plAssoc]) await join(a, "ana.popescu@example.com", ["owner"], ["u-3"]);
}

async function setUpAssociation(a: AssociationProfile, period: string) {
  const imported = await chairman.post(`${admin(a.associationId)}/units/import`, { format: "csv", content: csv });
  expect(imported.status).toBe(200);
  expect(imported.body).toMatchObject({ created: 5, sharesComputedFromArea: true });
  const rule = (ruleId: string, body: Record<string, unknown>) =>
    chairman.call("PUT", `${admin(a.associationId)}/charge-rules/${ruleId}`, { validFrom: "2026-01", ...body });
  expect((await rule("admin", { name: "Administrare", method: "fixed", amount: "15.00" })).status).toBe(200);
  expect(
    (
      await rule("repair", {
        name: "Fond de reparații",
        method: "split_share",
        amount: "500.00",
        fund: "repair",
        decision: { number: "3", date: "2026-01-15" },
      })
    ).status,
  ).toBe(200);
  expect(
    (
      await rule("lift", {
        name: "Lift",
        method: "split_equal",
        amount: "90.00",
        beneficiaries: ["u-2", "u-3", "u-4"],
        exempt: [],
      })
    ).status,
  ).toBe(200);
  const invoice = {
    period,
    supplier: "Apa Nova",
    number: "A-77",
    date: `${period}-02`,
    amount: "1234.56",
    currency: a.currency,
    name: "Apă rece",
    distribution: {
      key: "consumption",
      meter: "water_cold",
      uom: "m3",
      buildingConsumption: "40.000",
      differenceKey: "persons",
    },
    consumption: { "u-1": "5.500", "u-2": "7.000", "u-3": "9.500", "u-4": "12.000", "u-5": "1.000" },
  };
  const preview = await chairman.post<{ totalMinor: number; allocatedMinor: number; lines: { text: string }[] }>(
    `${admin(a.associationId)}/invoices/preview`,
    invoice,
  );
  expect(preview.status).toBe(200);
  expect(preview.body.allocatedMinor).toBe(123456);
  expect((await chairman.post(`${admin(a.associationId)}/invoices`, invoice)).status).toBe(201);
  expect(
    (
      await chairman.post(`${admin(a.associationId)}/invoices`, {
        ...invoice,
        number: "E-1",
        name: "Curent scară",
        amount: "100.00",
        distribution: { key: "persons" },
        consumption: undefined,
      })
    ).status,
  ).toBe(201);
}

beforeAll(async () => {
  domus = await startTestDomus();
  await createTestAssociations();
  (chairman as { baseUrl: string }).baseUrl = domus.url;
  expect((await signInWithTotp(chairman, "ion.ionescu@example.com")).status).toBe(200);
});
afterAll(async () => domus?.stop());

describe("billing: import → rules → invoices → draft → review → publish → owner", () => {
  for (const [a, locale, standard] of [
    [roAssoc, "ro", "iban_reference"],
    [plAssoc, "pl", "zbp"],
  ] as const) {
    it(`runs a whole month for ${a.country} and shows the owner explained charges and a receipt`, async () => {
      const period = "2026-12";
      await setUpAssociation(a, period);
      const draft = await chairman.post<{ status: string; written: boolean }>(
        `${admin(a.associationId)}/billing/${period}/draft`,
      );
      expect(draft.status).toBe(200);
      expect(draft.body.status).toBe("draft");
      expect(
        (await chairman.post<{ written: boolean }>(`${admin(a.associationId)}/billing/${period}/draft`)).body.written,
      ).toBe(false);
      const review = await chairman.get<{
        stale: boolean;
        totalMinor: number;
        charges: { totalMinor: number; name: string }[];
        units: { number: string; lines: { text: string; entryId: string }[] }[];
      }>(`${admin(a.associationId)}/billing/${period}`);
      expect(review.status).toBe(200);
      expect(review.body.stale).toBe(false);
      expect(review.body.units).toHaveLength(5);
      const water = review.body.charges.find((c) => c.name === "Apă rece");
      expect(water?.totalMinor).toBe(123456); // an invoice splits exactly
      expect(review.body.units[0]?.lines.find((l) => l.entryId.includes("inv"))?.text).toMatch(
        /m³ ×.*(din diferența pe bloc|z różnicy na budynku)/,
      );
      const published = await chairman.post<{ accounts: number }>(
        `${admin(a.associationId)}/billing/${period}/publish`,
      );
      expect(published.status).toBe(200);
      expect(published.body.accounts).toBe(5);
      const again = await chairman.post<{ error: { code: string; message: string } }>(
        `${admin(a.associationId)}/billing/${period}/publish`,
      );
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe("billing.already_published");
      await ledgerConsistent(a.associationId);

      const owner = new ApiClient(domus.url, locale);
      expect((await owner.signIn("ana.popescu@example.com")).status).toBe(200);
      const charges = await owner.get<{
        period: string;
        totalMinor: number;
        lines: { text: string; explanation?: unknown; decision?: unknown }[];
      }>(`/api/owner/associations/${a.associationId}/units/u-3/charges`);
      expect(charges.status).toBe(200);
      expect(charges.body.period).toBe(period);
      expect(charges.body.lines.length).toBeGreaterThanOrEqual(4);
      expect(charges.body.lines.every((l) => l.explanation)).toBe(true);
      expect(charges.body.lines.some((l) => l.decision)).toBe(true);
      const receipt = await owner.get<string>(`/api/files/associations/${a.associationId}/units/u-3/receipt`);
      expect(receipt.status).toBe(200);
      expect(receipt.headers.get("content-type")).toBe("application/pdf");
      expect(receipt.body.startsWith("%PDF")).toBe(true);
      const unit = (await listUnits(domus.deps, a.associationId)).find((u) => u.unitId === "u-3");
      const data = await receiptData(domus.deps, a, unit!, undefined, locale);
      expect(data.code?.standard).toBe(standard);
      expect(data.dueMinor).toBe(charges.body.totalMinor);
      if (standard === "zbp")
        expect(data.code?.payload).toBe(
          `1234567883|PL|61109010140000071219812874|${String(data.dueMinor).padStart(6, "0")}|WM Testowa 1|T-003 2026-12|||`,
        );
      else
        expect(data.code?.payload).toBe(
          `Asociația Test B1\nRO49AAAA1B31007593840000\nRON${(data.dueMinor / 100).toFixed(2)}\nT-003`,
        );
      expect((await owner.get(`/api/owner/associations/${a.associationId}/units/u-2/charges`)).status).toBe(403);
      const list = await chairman.get<string>(
        `/api/files/associations/${a.associationId}/billing/${period}/payment-list?format=csv`,
      );
      expect(list.status).toBe(200);
      expect(list.body).toContain("Apă rece");
      expect(list.body).toContain("1234.56");
      const pdf = await chairman.get<string>(
        `/api/files/associations/${a.associationId}/billing/${period}/payment-list`,
      );
      expect(pdf.body.startsWith("%PDF")).toBe(true);
    });
  }
});

describe("billing: exactly once", () => {
  it("publishes twice concurrently and resumes after a crash half-way without a double charge", async () => {
    const a = b2;
    await setUpAssociation(a, "2026-12");
    await draftPeriod(domus.deps, a, "2026-12");
    // A crash after two accounts: the run stays "publishing" with part of the entries written.
    await publishPeriod(domus.deps, a, "2026-12", { stopAfter: 2 });
    await ledgerConsistent(a.associationId);
    const both = await Promise.all(
      [1, 2].map(() => chairman.post(`${admin(a.associationId)}/billing/2026-12/publish`)),
    );
    expect(both.map((r) => r.status).sort()).toEqual(expect.arrayContaining([200]));
    for (const r of both) expect([200, 409]).toContain(r.status);
    await ledgerConsistent(a.associationId);
    const head = await readAccountHead(domus.deps, a.associationId, "u-1", true);
    const entries = await readEntries(domus.deps, head!.key, a.associationId, "u-1");
    expect(new Set(entries.map((e) => e.entryId)).size).toBe(entries.length);
    expect(entries.filter((e) => e.kind === "charge")).toHaveLength(4); // admin, repair, water, power (no lift on floor 0)
    const fix = await chairman.post(`${admin(a.associationId)}/billing/2026-12/adjustments`, {
      adjustmentId: "fix1",
      unitId: "u-1",
      fund: "maintenance",
      amount: "-5.00",
      reason: "Corectare apă",
    });
    expect(fix.status).toBe(201);
    const retry = await chairman.post<{ posted: boolean }>(`${admin(a.associationId)}/billing/2026-12/adjustments`, {
      adjustmentId: "fix1",
      unitId: "u-1",
      fund: "maintenance",
      amount: "-5.00",
      reason: "Corectare apă",
    });
    expect(retry.body.posted).toBe(false);
    await ledgerConsistent(a.associationId);
    const closed = await chairman.post<{ error: { code: string } }>(`${admin(a.associationId)}/billing/2026-12/draft`);
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe("billing.period_closed");
  });
});

describe("billing: bad input is a translated 4xx and writes nothing", () => {
  it("refuses a wrong currency, an empty period and publishing without a draft", async () => {
    const a = roAssoc.associationId;
    const before = await domus.deps.table.queryAll(`A#${a}`, "INV#2027-01");
    const wrong = await chairman.post<{ error: { code: string; message: string } }>(`${admin(a)}/invoices`, {
      period: "2027-01",
      supplier: "X",
      number: "1",
      date: "2027-01-02",
      amount: "10.00",
      currency: "EUR",
      name: "X",
      distribution: { key: "equal" },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.code).toBe("billing.wrong_currency");
    expect(wrong.body.error.message).toContain("RON");
    const floaty = await chairman.post(`${admin(a)}/invoices`, {
      period: "2027-01",
      supplier: "X",
      number: "1",
      date: "2027-01-02",
      amount: "10.001",
      currency: "RON",
      name: "X",
      distribution: { key: "equal" },
    });
    expect(floaty.status).toBe(422);
    expect(await domus.deps.table.queryAll(`A#${a}`, "INV#2027-01")).toEqual(before);
    const noDraft = await chairman.post<{ error: { code: string } }>(
      `${admin(empty.associationId)}/billing/2026-10/publish`,
    );
    expect(noDraft.body.error.code).toBe("billing.no_draft");
    expect((await chairman.post(`${admin(empty.associationId)}/billing/2026-10/draft`)).status).toBe(200);
    const nothing = await chairman.post<{ error: { code: string; message: string } }>(
      `${admin(empty.associationId)}/billing/2026-10/publish`,
    );
    expect(nothing.status).toBe(422);
    expect(nothing.body.error.code).toBe("billing.nothing_to_publish");
    expect(nothing.body.error.message).toContain("2026-10");
    const badPeriod = await chairman.post(`${admin(a)}/billing/2027-13/draft`);
    expect(badPeriod.status).toBe(400);
  });

  it("refuses drafting and publishing a month that has not begun (422 naming period), writes nothing", async () => {
    // The test clock stands at 2026-12-07 in Bucharest: December may be billed, January not yet.
    const a = roAssoc.associationId;
    for (const step of ["draft", "publish"]) {
      const early = await chairman.post<{ error: { code: string; message: string; fields: { path: string }[] } }>(
        `${admin(a)}/billing/2027-01/${step}`,
      );
      expect(early.status, step).toBe(422);
      expect(early.body.error.code).toBe("billing.period_not_started");
      expect(early.body.error.fields.map((f) => f.path)).toEqual(["period"]);
      expect(early.body.error.message).toContain("2027-01");
      expect(early.body.error.message).toContain("2026-12");
    }
    expect(await domus.deps.table.queryAll(`A#${a}`, "RUN#2027-01")).toEqual([]);
  });

  it("the billing.daily job drafts on the billing day only, idempotently", async () => {
    const { billingDaily } = await import("../../functions/jobs/all");
    const first = await billingDaily(domus.deps, new Date("2027-02-05T08:00:00Z"));
    const second = await billingDaily(domus.deps, new Date("2027-02-05T09:00:00Z"));
    expect(Number(first.drafted)).toBeGreaterThanOrEqual(1);
    expect(second.drafted).toBe(0);
    expect(Number(second.unchanged)).toBe(Number(first.drafted) + Number(first.unchanged));
    const off = await billingDaily(domus.deps, new Date("2027-02-06T08:00:00Z"));
    expect(off.due).toBe(0);
  });
});
