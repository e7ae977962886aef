import { parse } from "csv-parse/sync";
import { readSheet } from "read-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AssociationProfile, createAssociation } from "../../functions/registry/associations";
import { joinAssociation, roAssociation } from "./support/associations";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";
import { signInWithTotp } from "./support/identity";

/**
 * CSV and XLSX exports do not hand a spreadsheet a formula: text cells that begin with = + - @
 * get a leading apostrophe; amounts and other plain numbers stay numbers.
 */
let domus: TestDomus;
const chairman = new ApiClient("", "en");
const fresh: AssociationProfile = roAssociation("ro-formulas", "Asociația Formule");
const seeded = "ro-lalelelor-m7";
const hyperlink = '=HYPERLINK("http://e.vil","pay")';
const files = (a: string) => `/api/files/associations/${a}`;
const admin = (a: string) => `/api/admin/associations/${a}`;

async function download(path: string): Promise<{ status: number; bytes: Buffer }> {
  const res = await fetch(`${domus.url}${path}`, { headers: { cookie: chairman.cookie ?? "" } });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}

const csvRows = (bytes: Buffer) => parse(bytes.toString("utf8").replace(/^\uFEFF/, "")) as string[][];
const sheetRows = async (bytes: Buffer) => (await readSheet(bytes)).map((r) => r.map((c) => String(c ?? "")));

beforeAll(async () => {
  domus = await startTestDomus();
  await createAssociation(domus.deps, fresh);
  await joinAssociation(domus.deps, fresh, "ion.ionescu@example.com", ["chairman"]);
  Object.assign(chairman, { baseUrl: domus.url });
  expect((await signInWithTotp(chairman, "ion.ionescu@example.com")).status).toBe(200);
}, 120_000);
afterAll(async () => domus?.stop());

describe("exports defuse spreadsheet formulas", () => {
  it("units export (CSV and XLSX): formula-like text escaped, a negative floor kept, and it imports back unchanged", async () => {
    const units = [
      "number,building,staircase,type,floor,area,persons,personsFrom,paymentReference",
      "-A1,=1+2,@A,apartment,-1,40.00,1,2020-01-01,-R-001",
      "7,B1,A,apartment,2,50.00,2,2020-01-01,R-007",
    ].join("\n");
    const imported = await chairman.post(`${admin(fresh.associationId)}/units/import`, {
      format: "csv",
      content: units,
    });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);

    const csv = await download(`${files(fresh.associationId)}/units/export?format=csv`);
    const xlsx = await download(`${files(fresh.associationId)}/units/export?format=xlsx`);
    for (const rows of [csvRows(csv.bytes), await sheetRows(xlsx.bytes)]) {
      const [header = [], ...body] = rows;
      const row = body.find((r) => r[header.indexOf("number")]?.includes("A1")) ?? [];
      const at = (column: string) => row[header.indexOf(column)];
      expect([at("number"), at("building"), at("staircase"), at("paymentReference")]).toEqual([
        "'-A1",
        "'=1+2",
        "'@A",
        "'-R-001",
      ]);
      expect(at("floor")).toBe("-1");
      expect(at("area")).toBe("40.00");
    }

    // The export is the import template: importing it back changes nothing.
    const again = await chairman.post(`${admin(fresh.associationId)}/units/import`, {
      format: "csv",
      content: csv.bytes.toString("utf8"),
    });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    const list = await chairman.get<{ units: { number: string; building: string; paymentReference: string }[] }>(
      `${admin(fresh.associationId)}/units`,
    );
    expect(list.body.units.map((u) => [u.number, u.building, u.paymentReference]).sort()).toEqual(
      [
        ["-A1", "=1+2", "-R-001"],
        ["7", "B1", "R-007"],
      ].sort(),
    );
  });

  it("payment list CSV: a service named like a formula is escaped, amounts stay numbers", async () => {
    const rule = { validFrom: "2026-01", name: hyperlink, method: "fixed", amount: "15.00" };
    expect((await chairman.call("PUT", `${admin(fresh.associationId)}/charge-rules/evil`, rule)).status).toBe(200);
    expect((await chairman.post(`${admin(fresh.associationId)}/billing/2026-12/draft`)).status).toBe(200);
    const csv = await download(`${files(fresh.associationId)}/billing/2026-12/payment-list?format=csv`);
    expect(csv.status).toBe(200);
    const [header = [], ...rows] = csvRows(csv.bytes);
    expect(header).toContain(`'${hyperlink}`);
    expect(header.some((h) => h.startsWith("="))).toBe(false);
    expect(rows.find((r) => r[0] === "7")?.[header.indexOf(`'${hyperlink}`)]).toBe("15.00");
  });

  it("debtors export (CSV and XLSX): an owner named =HYPERLINK(…) is escaped, amounts are not", async () => {
    const owners = { owners: [{ name: hyperlink, sharePpm: 1_000_000 }] };
    expect((await chairman.call("PUT", `${admin(seeded)}/units/u005/owners`, owners)).status).toBe(200);
    const path = `${files(seeded)}/debtors?asOf=2026-12-26`;
    const csv = await download(`${path}&format=csv`);
    const xlsx = await download(`${path}&format=xlsx`);
    expect([csv.status, xlsx.status]).toEqual([200, 200]);
    for (const rows of [csvRows(csv.bytes), await sheetRows(xlsx.bytes)]) {
      const row = rows.find((r) => r[1]?.includes("HYPERLINK")) ?? [];
      expect(row[1]).toBe(`'${hyperlink}`);
      expect(row[7]).toMatch(/^\d+\.\d{2}$/);
      expect(rows.flat().filter((c) => /^[=+@]/.test(c))).toEqual([]);
    }
  });
});
