import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAccount, readAccountHead } from "../../functions/ledger/account-store";
import { totalOf } from "../../functions/ledger/model/entry";
import { postEntries } from "../../functions/ledger/post-entries";
import { readEntries } from "../../functions/ledger/read-entries";
import { demoUnits } from "../../functions/local/seed/demo-associations";
import { accountOpenItems } from "../../functions/payments/account-items";
import { penaltyForDay } from "../../functions/payments/model/penalties";
import { bookPenalties, penaltyRuleOf } from "../../functions/payments/penalties/daily";
import { type AssociationProfile, createAssociation, readAssociation } from "../../functions/registry/associations";
import { listUnits, putUnit, type Unit } from "../../functions/registry/units";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";
import { signInWithTotp } from "./support/identity";

let domus: TestDomus;
const accountant = new ApiClient("", "ro");
const admin = new ApiClient("", "pl");
const owner = new ApiClient("", "ro");
const ro = "ro-lalelelor-m7";
const pl = "pl-rozana-12";
const camt = readFileSync(new URL("./fixtures/camt053-ro.xml", import.meta.url), "utf8");
const mt940 = readFileSync(new URL("./fixtures/mt940-pl.sta", import.meta.url), "utf8");
const base = (a: string) => `/api/admin/associations/${a}`;

async function balanceOf(a: string, u: string) {
  const head = await readAccountHead(domus.deps, a, u, true);
  return totalOf(head?.balances ?? {});
}

/** Every stored balance equals the sum of its immutable entries. */
async function ledgerConsistent(a: string) {
  for (const u of await listUnits(domus.deps, a)) {
    const head = await readAccountHead(domus.deps, a, u.unitId, true);
    if (!head) continue;
    const entries = await readEntries(domus.deps, head.key, a, u.unitId);
    expect(entries.length).toBe(head.item.entryCount);
    expect(entries.reduce((s, e) => s + e.amountMinor, 0)).toBe(totalOf(head.balances));
  }
}

beforeAll(async () => {
  domus = await startTestDomus();
  Object.assign(accountant, { baseUrl: domus.url });
  Object.assign(admin, { baseUrl: domus.url });
  Object.assign(owner, { baseUrl: domus.url });
  expect((await signInWithTotp(accountant, "maria.stan@example.com")).status).toBe(200);
  expect((await signInWithTotp(admin, "admin@example.com")).status).toBe(200);
  expect((await owner.signIn("ana.popescu@example.com")).status).toBe(200);
}, 120_000);

afterAll(async () => {
  await domus?.stop();
});

describe("payments by hand", () => {
  const pay = (body: Record<string, unknown>) => accountant.post(`${base(ro)}/payments`, body);

  it("records a cash payment once, allocated oldest first, and reverses it with new entries", async () => {
    const before = await balanceOf(ro, "u005");
    const body = { idempotencyKey: "cash-1", unitId: "u005", amount: "100.00", date: "2026-12-10", method: "cash" };
    expect((await pay(body)).status).toBe(400); // cash needs a receipt number
    const first = await pay({ ...body, receiptNumber: "R-0042" });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ created: true, payment: { amountMinor: 10_000, method: "cash" } });
    const again = await Promise.all([
      pay({ ...body, receiptNumber: "R-0042" }),
      pay({ ...body, receiptNumber: "R-0042" }),
    ]);
    expect(again.map((a) => a.body.created)).toEqual([false, false]);
    expect(await balanceOf(ro, "u005")).toBe(before - 10_000);
    const conflict = await pay({ ...body, amount: "101.00", receiptNumber: "R-0042" });
    expect(conflict.status).toBe(409);
    const id = (first.body.payment as { paymentId: string }).paymentId;
    const rev = await accountant.post(`${base(ro)}/payments/${id}/reversal`, { reason: "Wrong unit" });
    expect(rev.body).toMatchObject({ reversed: true });
    expect((await accountant.post(`${base(ro)}/payments/${id}/reversal`, { reason: "Wrong unit" })).body).toMatchObject(
      {
        reversed: false,
      },
    );
    expect(await balanceOf(ro, "u005")).toBe(before);
    await ledgerConsistent(ro);
  });

  it("rejects wrong precision and negative amounts with a translated 4xx, writing nothing", async () => {
    const body = { idempotencyKey: "bad-1", unitId: "u005", date: "2026-12-10", method: "transfer" };
    const precision = await pay({ ...body, amount: "10.001" });
    expect(precision.status).toBe(422);
    expect((await pay({ ...body, amount: "-5" })).status).toBe(422);
    expect((await pay({ ...body, amount: "abc" })).status).toBeGreaterThanOrEqual(400);
    const list = await accountant.get(`${base(ro)}/payments?unitId=u005`);
    expect((list.body.payments as unknown[]).length).toBe(1);
  });

  it("keeps an overpayment as credit", async () => {
    const debts = await accountant.get(`${base(ro)}/units/u010/open-debts`);
    const owed = debts.body.totalMinor as number;
    const out = await pay({
      idempotencyKey: "over-1",
      unitId: "u010",
      amount: "5000.00",
      date: "2026-12-11",
      method: "transfer",
    });
    const credit = (out.body.payment as { allocation: { kind: string; amountMinor: number }[] }).allocation.find(
      (x) => x.kind === "credit",
    );
    expect(credit?.amountMinor).toBe(500_000 - owed);
    const after = await accountant.get(`${base(ro)}/units/u010/open-debts`);
    expect(after.body).toMatchObject({ debts: [], creditMinor: 500_000 - owed, totalMinor: owed - 500_000 });
  });
});

describe("bank statements", () => {
  const importIt = (a: string, client: ApiClient, format: string, content: string) =>
    client.post(`${base(a)}/bank-statements`, { format, content });

  it("imports a camt.053: matches by reference, queues the rest, books nothing twice", async () => {
    const u20 = await balanceOf(ro, "u020");
    const first = await importIt(ro, accountant, "camt053", camt);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ lines: 6, alreadyImported: 0, matched: 3, ignored: 1, booked: 3 });
    expect((first.body.suggested as number) + (first.body.unmatched as number)).toBe(2);
    const again = await importIt(ro, accountant, "camt053", camt);
    expect(again.body).toMatchObject({ lines: 6, alreadyImported: 6, booked: 0 });
    expect(await balanceOf(ro, "u020")).toBe(u20 - 31_025);
    const queue = await accountant.get(`${base(ro)}/bank-statements/lines`);
    const lines = queue.body.lines as { lineId: string; reference: string; status: string; suggestedUnitId?: string }[];
    // The demo seed leaves its own unmatched transfers in the queue too.
    expect(lines.map((l) => l.reference)).toEqual(expect.arrayContaining(["contributie", "plata intretinere ap. 15"]));
    expect(lines.find((l) => l.reference.includes("ap. 15"))?.suggestedUnitId).toBe("u015");
    // The accountant assigns the unknown transfer to Ana's unit; the owner sees it at once.
    const line = lines.find((l) => l.reference === "contributie");
    const assign = () =>
      accountant.post(`${base(ro)}/bank-statements/lines/${line?.lineId}/assignment`, { unitId: "u012" });
    const [a1, a2] = await Promise.all([assign(), assign()]);
    expect([a1.body.created, a2.body.created].filter(Boolean)).toHaveLength(1);
    const other = await accountant.post(`${base(ro)}/bank-statements/lines/${line?.lineId}/assignment`, {
      unitId: "u013",
    });
    expect(other.status).toBe(409);
    const mine = await owner.get(`/api/owner/associations/${ro}/units/u012/payments`);
    expect(mine.status).toBe(200);
    expect((mine.body.payments as { amountMinor: number }[]).some((p) => p.amountMinor === 7500)).toBe(true);
    await ledgerConsistent(ro);
  });

  it("rejects malformed files naming the line, and foreign currency, writing nothing", async () => {
    const broken = camt.replace('<Amt Ccy="RON">99.90</Amt>', '<Amt Ccy="RON">99.90</Amtt>');
    const bad = await importIt(ro, accountant, "camt053", broken);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: "statement.malformed" } });
    expect(JSON.stringify(bad.body)).toMatch(/linia 48/);
    const eur = await importIt(
      ro,
      accountant,
      "camt053",
      camt.replaceAll('Ccy="RON"', 'Ccy="EUR"').replace("BT2612180000", "X"),
    );
    expect(eur.status).toBe(422);
    expect(eur.body).toMatchObject({ error: { code: "statement.wrong_currency" } });
    const precise = await importIt(
      ro,
      accountant,
      "camt053",
      camt.replace(">150.00<", ">150.005<").replaceAll("BT26", "ZZ26"),
    );
    expect(precise.status).toBe(422);
    const mtBad = await importIt(pl, admin, "mt940", mt940.replace(":61:2612201220C250,00", ":61:26XX201220C250,00"));
    expect(mtBad.status).toBe(400);
    expect(mtBad.body).toMatchObject({ error: { code: "statement.malformed" } });
  });

  it("refuses a camt.053 with a DOCTYPE (XXE, entity expansion) as malformed, not a 500", async () => {
    const declared = (dtd: string) => camt.replace("<Document", `${dtd}\n<Document`);
    const external = declared('<!DOCTYPE Document [<!ENTITY x SYSTEM "file:///etc/passwd">]>').replace(
      "POPESCU ANA",
      "&x;",
    );
    const expanding = declared('<!DOCTYPE Document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>');
    for (const content of [external, expanding]) {
      const out = await importIt(ro, accountant, "camt053", content);
      expect(out.status).toBe(400);
      expect(out.body).toMatchObject({ error: { code: "statement.malformed" } });
      expect(JSON.stringify(out.body)).toContain("Extrasul nu este valid la linia 2: <!DOCTYPE> is not allowed");
    }
    accountant.locale = "en";
    const english = await importIt(ro, accountant, "camt053", external).finally(() => {
      accountant.locale = "ro";
    });
    expect(JSON.stringify(english.body)).toContain("The statement file is not valid at line 2");
  });

  it("refuses a statement of another account, naming the field and line, writing nothing", async () => {
    const allLines = async (a: string, client: ApiClient) =>
      ((await client.get(`${base(a)}/bank-statements/lines?all=true`)).body.lines as unknown[]).length;
    const [roBefore, plBefore, u005] = [
      await allLines(ro, accountant),
      await allLines(pl, admin),
      await balanceOf(ro, "u005"),
    ];
    const foreignCamt = camt.replace(
      "<IBAN>RO49AAAA1B31007593840000</IBAN>",
      "<IBAN>RO66 BACX 0000 0012 3456 7890</IBAN>",
    );
    const camtOut = await importIt(ro, accountant, "camt053", foreignCamt);
    expect(camtOut.status).toBe(422);
    expect(camtOut.body).toMatchObject({ error: { code: "statement.foreign_account", fields: [] } });
    expect(JSON.stringify(camtOut.body)).toMatch(/RO66 BACX 0000 0012 3456 7890 \(Stmt\/Acct\/Id\/IBAN, linia 12\)/);
    const foreignMt = mt940.replace(":25:PL61109010140000071219812874", ":25:/PL27114020040000300201355387");
    const mtOut = await importIt(pl, admin, "mt940", foreignMt);
    expect(mtOut.status).toBe(422);
    expect(mtOut.body).toMatchObject({ error: { code: "statement.foreign_account" } });
    expect(JSON.stringify(mtOut.body)).toContain("/PL27114020040000300201355387 (:25:, linia 2)");
    // A bank-code prefix before the association's own account is the same account: only the wrong one is refused.
    const twoStatements = `${mt940.replace(":25:PL61109010140000071219812874", ":25:10901014/0000071219812874")}\n${foreignMt}`;
    expect(JSON.stringify((await importIt(pl, admin, "mt940", twoStatements)).body)).toContain("(:25:, linia 19)");
    expect([await allLines(ro, accountant), await allLines(pl, admin), await balanceOf(ro, "u005")]).toEqual([
      roBefore,
      plBefore,
      u005,
    ]);
  });

  it("imports an MT940 statement for the Polish association", async () => {
    const out = await importIt(pl, admin, "mt940", mt940);
    expect(out.status).toBe(200);
    expect(out.body).toMatchObject({ lines: 5, matched: 2, ignored: 1, booked: 2 });
    expect((await importIt(pl, admin, "mt940", mt940)).body).toMatchObject({ alreadyImported: 5, booked: 0 });
    await ledgerConsistent(pl);
  });

  it("imports CSV with a saved column mapping", async () => {
    const mapping = {
      delimiter: ";",
      date: "Data",
      dateFormat: "DD.MM.YYYY",
      amount: "Suma",
      currency: "Moneda",
      reference: "Detalii",
      name: "Platitor",
    };
    expect((await accountant.call("PUT", `${base(ro)}/bank-statements/csv-mappings/bt`, mapping)).status).toBe(200);
    const csv =
      "Data;Suma;Moneda;Detalii;Platitor\n21.12.2026;120,00;RON;M7-003 dec;RADU MARIN\n21.12.2026;-40,00;RON;comision;BT\n";
    const out = await accountant.post(`${base(ro)}/bank-statements`, { format: "csv", content: csv, bank: "bt" });
    expect(out.body).toMatchObject({ lines: 2, matched: 1, ignored: 1, booked: 1 });
    const bad = await accountant.post(`${base(ro)}/bank-statements`, {
      format: "csv",
      content: csv.replace("120,00", "12x"),
      bank: "bt",
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: "statement.malformed" } });
  });

  it("checks the account column a CSV mapping names", async () => {
    const mapping = {
      delimiter: ";",
      date: "Data",
      dateFormat: "DD.MM.YYYY",
      amount: "Suma",
      defaultCurrency: "RON",
      reference: "Detalii",
      account: "Cont",
    };
    expect((await accountant.call("PUT", `${base(ro)}/bank-statements/csv-mappings/ing`, mapping)).status).toBe(200);
    const csv = (account: string) => `Data;Suma;Detalii;Cont\n22.12.2026;80,00;M7-004 dec;${account}\n`;
    const foreign = await accountant.post(`${base(ro)}/bank-statements`, {
      format: "csv",
      content: csv("RO66BACX0000001234567890"),
      bank: "ing",
    });
    expect(foreign.status).toBe(422);
    expect(JSON.stringify(foreign.body)).toContain("(Cont, linia 2)");
    const own = await accountant.post(`${base(ro)}/bank-statements`, {
      format: "csv",
      content: csv("ro49 aaaa 1b31 0075 9384 0000"),
      bank: "ing",
    });
    expect(own.body).toMatchObject({ lines: 1, matched: 1, booked: 1 });
  });
});

async function penaltiesOn(a: string, u: string, day: string) {
  const head = await readAccountHead(domus.deps, a, u, true);
  const entries = head ? await readEntries(domus.deps, head.key, a, u) : [];
  return entries.filter((e) => e.kind === "penalty" && e.date === day);
}

/** What the pure model says the day's penalties of a unit are. */
async function expectedPenalty(a: string, u: string, day: string) {
  const assoc = await readAssociation(domus.deps, a);
  if (!assoc) throw new Error("no association");
  const rule = await penaltyRuleOf(domus.deps, assoc);
  if (!rule) return 0;
  const items = await accountOpenItems(domus.deps, a, u);
  return items.debts
    .filter((d) => d.dueDate < day)
    .reduce((s, d) => {
      const debt = { principalMinor: d.principalMinor, dueDate: d.dueDate, payments: d.paid };
      return s + penaltyForDay(debt, day, rule.policy, rule.decision).amountMinor;
    }, 0);
}

describe("penalties by country profile", () => {
  it("Romania: nothing without a recorded decision; then ≤ 0.2 %/day from day 31, once per day and debt", async () => {
    const a = (await readAssociation(domus.deps, ro)) as AssociationProfile;
    const path = `${base(ro)}/penalty-settings`;
    // The demo seed records decision 3/2026; without a recorded decision nothing is charged.
    expect((await admin.call("PUT", path, { enabled: true })).status).toBe(200);
    expect((await bookPenalties(domus.deps, a, ["2026-12-26"])).entries).toBe(0);
    const tooHigh = await admin.call("PUT", path, {
      enabled: true,
      decision: { number: "2/2026", adoptedOn: "2026-01-10", dailyRate: "0.003" },
    });
    expect(tooHigh.status).toBe(422);
    expect((await accountant.call("PUT", path, { enabled: true })).status).toBe(403);
    const ok = await admin.call("PUT", path, {
      enabled: true,
      decision: { number: "2/2026", adoptedOn: "2026-01-10", dailyRate: "0.002" },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ policy: { requiresDecision: true, active: true, fromDay: 31 } });
    const day = "2026-12-26"; // day 31 after the November list's due date (posted 11-05 + 20 days)
    const expected = await expectedPenalty(ro, "u015", day);
    expect(expected).toBeGreaterThan(0);
    const runs = await Promise.all([1, 2, 3].map(() => bookPenalties(domus.deps, a, [day])));
    expect(runs.reduce((s, r) => s + r.entries, 0)).toBeGreaterThan(0);
    const booked = await penaltiesOn(ro, "u015", day);
    expect(booked.reduce((s, e) => s + e.amountMinor, 0)).toBe(expected);
    expect(booked.every((e) => e.entryId.startsWith("pen-20261226-"))).toBe(true);
    expect((await bookPenalties(domus.deps, a, [day])).entries).toBe(0);
    // Day 30 of the November list: no penalty on it.
    expect((await penaltiesOn(ro, "u015", "2026-12-25")).length).toBe(0);
    await ledgerConsistent(ro);
  });

  it("Poland: statutory interest from the dated table, from the day after the due date", async () => {
    const a = (await readAssociation(domus.deps, pl)) as AssociationProfile;
    const day = "2026-12-21";
    const expected = await expectedPenalty(pl, "u015", day);
    expect(expected).toBeGreaterThan(0);
    await bookPenalties(domus.deps, a, [day]);
    await bookPenalties(domus.deps, a, [day]);
    const booked = await penaltiesOn(pl, "u015", day);
    expect(booked.reduce((s, e) => s + e.amountMinor, 0)).toBe(expected);
    await ledgerConsistent(pl);
  });

  it("Russia: 1/300 of the key rate from day 31, 1/130 from day 91", async () => {
    const a: AssociationProfile = {
      ...((await readAssociation(domus.deps, pl)) as AssociationProfile),
      associationId: "ru-test-pen",
      country: "RU",
      currency: "RUB",
      locale: "ru",
      timezone: "Europe/Moscow",
    };
    await createAssociation(domus.deps, a);
    await putUnit(domus.deps, a.associationId, { ...demoUnits(a.associationId, 1)[0], unitId: "r1" } as Unit);
    await openAccount(domus.deps, { associationId: a.associationId, unitId: "r1", unitNumber: "1", currency: "RUB" });
    await postEntries(domus.deps, a.associationId, "r1", [
      {
        entryId: "chg-2025-04-main",
        period: "2025-04",
        date: "2025-05-01",
        kind: "charge",
        fund: "maintenance",
        amountMinor: 1_000_000,
        description: "Содержание",
        explanation: { dueDate: "2025-05-10" },
      },
    ]);
    await bookPenalties(domus.deps, a, ["2025-06-09", "2025-06-10", "2025-08-09"]);
    expect((await penaltiesOn(a.associationId, "r1", "2025-06-09")).length).toBe(0);
    expect((await penaltiesOn(a.associationId, "r1", "2025-06-10"))[0]?.amountMinor).toBe(667);
    expect((await penaltiesOn(a.associationId, "r1", "2025-08-09"))[0]?.amountMinor).toBe(1385);
  });
});
