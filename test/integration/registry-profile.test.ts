import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keys } from "../../functions/platform/keys";
import { type AssociationProfile, createAssociation } from "../../functions/registry/associations";
import { joinAssociation, roAssociation } from "./support/associations";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";
import { signInWithTotp } from "./support/identity";

/**
 * The association profile guards what every later computation relies on: a time zone the
 * runtime can compute dates in, a country and currency that stay as the ledger was booked, and
 * bank accounts no other association declared without the platform operator's confirmation.
 */
type Err = { error: { code: string; message: string; fields: { path: string; code: string; message: string }[] } };

const ibanA = "RO37BTRL0000000000000001";
const ibanB = "RO10BTRL0000000000000002";
const ibanFresh = "RO80BTRL0000000000000003";

const a = roAssociation("ro-profile-a", "Asociația Profil A", { bankAccounts: [{ iban: ibanA, bankName: "BT" }] });
const b = roAssociation("ro-profile-b", "Asociația Profil B", { bankAccounts: [{ iban: ibanB, bankName: "BT" }] });
const c = roAssociation("ro-profile-c", "Asociația Profil C", { bankAccounts: [{ iban: ibanB, bankName: "BT" }] });
const d = roAssociation("ro-profile-d", "Asociația Profil D", { bankAccounts: [{ iban: ibanB, bankName: "BT" }] });
const admin = (x: AssociationProfile) => `/api/admin/associations/${x.associationId}`;

let domus: TestDomus;
const chairman = new ApiClient("", "ro");
const operator = new ApiClient("", "en");

beforeAll(async () => {
  domus = await startTestDomus();
  for (const x of [a, b, c, d]) {
    await createAssociation(domus.deps, x);
    await joinAssociation(domus.deps, x, "ion.ionescu@example.com", ["chairman"]);
  }
  (chairman as { baseUrl: string }).baseUrl = domus.url;
  (operator as { baseUrl: string }).baseUrl = domus.url;
  expect((await signInWithTotp(chairman, "ion.ionescu@example.com")).status).toBe(200);
  expect((await signInWithTotp(operator, "operator@example.com")).status).toBe(200);
}, 120_000);
afterAll(async () => domus?.stop());

const profileOf = async (x: AssociationProfile) => (await chairman.get<AssociationProfile>(`${admin(x)}/profile`)).body;

describe("profile: the time zone is an IANA name", () => {
  it("refuses names the runtime cannot compute dates in (400 naming timezone, translated)", async () => {
    for (const timezone of ["0x10", "Mars/Olympus_Mons", "europe/bucharest", "+02:00", ""]) {
      const bad = await chairman.call<Err>("PATCH", `${admin(a)}/profile`, { timezone });
      expect(bad.status, timezone).toBe(400);
      expect(bad.body.error.fields.map((f) => f.path)).toEqual(["timezone"]);
      if (timezone !== "") {
        expect(bad.body.error.fields[0]?.code).toBe("registry.invalid_timezone");
        expect(bad.body.error.fields[0]?.message).toContain("IANA");
        expect(bad.body.error.fields[0]?.message).toContain("Alegeți");
      }
    }
    expect((await profileOf(a)).timezone).toBe("Europe/Bucharest");
  });

  it("accepts canonical names, UTC, the Etc/ zones and renamed zones", async () => {
    for (const timezone of ["Europe/Kyiv", "Europe/Kiev", "Etc/GMT-2", "UTC", "Etc/UTC", "Europe/Bucharest"]) {
      const ok = await chairman.call("PATCH", `${admin(a)}/profile`, { timezone });
      expect(ok.status, timezone).toBe(200);
      expect((await profileOf(a)).timezone).toBe(timezone);
    }
  });

  it("an association already holding a bad time zone gets a translated 409, not a 500, and can fix it", async () => {
    await domus.deps.table.update({
      Key: keys.association(b.associationId),
      UpdateExpression: "SET #tz = :tz",
      ExpressionAttributeNames: { "#tz": "timezone" },
      ExpressionAttributeValues: { ":tz": "Mars/Olympus_Mons" },
    });
    for (const path of [`${admin(b)}/debtors`, `${admin(b)}/meter-readings/2026-12`]) {
      const broken = await chairman.get<Err>(path);
      expect(broken.status, path).toBe(409);
      expect(broken.body.error.code).toBe("registry.timezone_unusable");
      expect(broken.body.error.message).toContain("Mars/Olympus_Mons");
      expect(broken.body.error.message).toContain("profilul asociației");
    }
    expect((await chairman.get(`${admin(b)}/profile`)).status).toBe(200);
    expect((await chairman.call("PATCH", `${admin(b)}/profile`, { timezone: "Europe/Bucharest" })).status).toBe(200);
    expect((await chairman.get(`${admin(b)}/debtors`)).status).toBe(200);
  });
});

describe("profile: country and currency are frozen once money is booked", () => {
  const unit = {
    number: "1",
    type: "apartment",
    floor: 0,
    area: "50.00",
    sharePpm: 1_000_000,
    persons: [{ count: 1, from: "2026-01-01" }],
    paymentReference: "R-1",
  };

  it("may change while nothing is booked, and the empty accounts follow the currency", async () => {
    expect((await chairman.call("PUT", `${admin(a)}/units/u-1`, unit)).status).toBe(200);
    expect((await chairman.call("PATCH", `${admin(a)}/profile`, { currency: "EUR" })).status).toBe(200);
    const head = await domus.deps.table.get<{ pk: string; sk: string; currency: string }>(
      keys.account(a.associationId, "u-1"),
      true,
    );
    expect(head?.currency).toBe("EUR");
    expect((await chairman.call("PATCH", `${admin(a)}/profile`, { currency: "RON" })).status).toBe(200);
  });

  it("refuses a new currency or country after a payment is booked (409 naming the field)", async () => {
    const paid = await chairman.post(`${admin(a)}/payments`, {
      idempotencyKey: "k-frozen-1",
      unitId: "u-1",
      amount: "45.00",
      date: "2026-12-03",
      method: "transfer",
    });
    expect(paid.status).toBe(201);
    const currency = await chairman.call<Err>("PATCH", `${admin(a)}/profile`, { currency: "EUR" });
    expect(currency.status).toBe(409);
    expect(currency.body.error.code).toBe("registry.money_settings_frozen");
    expect(currency.body.error.fields.map((f) => f.path)).toEqual(["currency"]);
    expect(currency.body.error.message).toContain("moneda");
    const both = await chairman.call<Err>("PATCH", `${admin(a)}/profile`, { country: "PL", currency: "PLN" });
    expect(both.status).toBe(409);
    expect(both.body.error.fields.map((f) => f.path).sort()).toEqual(["country", "currency"]);
    const after = await profileOf(a);
    expect([after.country, after.currency]).toEqual(["RO", "RON"]);
    // Everything else still changes.
    expect((await chairman.call("PATCH", `${admin(a)}/profile`, { name: "Asociația Profil A2" })).status).toBe(200);
  });
});

describe("profile: a bank account belongs to one association unless the platform operator confirms", () => {
  it("refuses another association's account, however it is written (409 naming the field)", async () => {
    const spaced = ibanA.replace(/(.{4})/g, "$1 ").trim();
    const taken = await chairman.call<Err>("PATCH", `${admin(b)}/profile`, {
      bankAccounts: [
        { iban: ibanB, bankName: "BT" },
        { iban: spaced, bankName: "BT" },
      ],
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe("registry.iban_taken");
    expect(taken.body.error.fields.map((f) => `${f.path}:${f.code}`)).toEqual([
      "bankAccounts.1.iban:registry.iban_taken",
    ]);
    expect(taken.body.error.fields[0]?.message).toContain("Operatorul platformei");
    expect((await profileOf(b)).bankAccounts.map((x) => x.iban)).toEqual([ibanB]);
    // The owner of the account keeps saving its profile with it.
    expect(
      (await chairman.call("PATCH", `${admin(a)}/profile`, { bankAccounts: [{ iban: ibanA, bankName: "BT" }] })).status,
    ).toBe(200);
  });

  it("lets only one of two associations declaring the same new account at once succeed", async () => {
    const declare = (x: AssociationProfile) =>
      chairman.call<Err>("PATCH", `${admin(x)}/profile`, { bankAccounts: [{ iban: ibanFresh, bankName: "BT" }] });
    const answers = await Promise.all([declare(c), declare(d)]);
    expect(answers.map((x) => x.status).sort()).toEqual([200, 409]);
    const holders = [(await profileOf(c)).bankAccounts[0]?.iban, (await profileOf(d)).bankAccounts[0]?.iban];
    expect(holders.filter((iban) => iban === ibanFresh)).toHaveLength(1);
  });

  it("the platform operator confirms an account for a second association; nobody else can", async () => {
    const path = `/api/admin/platform/ibans/${ibanA}/confirmations`;
    expect((await chairman.post(path, { associationId: b.associationId })).status).toBe(403);
    const bad = await operator.post<Err>("/api/admin/platform/ibans/RO00NOT4NIBAN/confirmations", {
      associationId: b.associationId,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]?.path).toBe("iban");
    const unknown = await operator.post<Err>(path, { associationId: "ro-nowhere" });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.fields[0]?.path).toBe("associationId");
    const confirmed = await operator.post<{ account: string; associationId: string; allowed: string[] }>(path, {
      associationId: b.associationId,
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toEqual({
      account: ibanA,
      associationId: a.associationId,
      allowed: [a.associationId, b.associationId].sort(),
    });
    const shared = await chairman.call("PATCH", `${admin(b)}/profile`, {
      bankAccounts: [{ iban: ibanA, bankName: "BT" }],
    });
    expect(shared.status).toBe(200);
    const audit = await domus.deps.table.queryAll<{ pk: string; sk: string; action: string; subject: string }>(
      `A#${b.associationId}#AUDIT`,
    );
    expect(audit.map((r) => `${r.action} ${r.subject}`)).toContain(`registry.iban_confirmed iban:${ibanA}`);
  });

  it("an account an association stops declaring is free for another one", async () => {
    // c declares an account nobody holds and d is refused it; once c moves to another account, d may have it.
    const declare = (x: AssociationProfile, iban: string) =>
      chairman.call("PATCH", `${admin(x)}/profile`, { bankAccounts: [{ iban, bankName: "BT" }] });
    const released = "RO53BTRL0000000000000004";
    expect((await declare(c, released)).status).toBe(200);
    expect((await declare(d, released)).status).toBe(409);
    expect((await declare(c, "RO26BTRL0000000000000005")).status).toBe(200);
    expect((await declare(d, released)).status).toBe(200);
    expect((await declare(c, released)).status).toBe(409);
  });
});
