import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { putMembership } from "../../functions/identity/memberships";
import { findPersonIdByEmail } from "../../functions/identity/persons";
import { type AssociationProfile, createAssociation } from "../../functions/registry/associations";
import { roAssociation } from "./support/associations";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";
import { signInWithTotp } from "./support/identity";

let domus: TestDomus;
const api = new ApiClient("", "ro");
const a: AssociationProfile = roAssociation("ro-registry-t", "Asociația Registru", {
  address: "Str. X 1",
  bankAccounts: [{ iban: "RO49AAAA1B31007593840000", bankName: "BT" }],
});
const base = `/api/admin/associations/${a.associationId}`;
type Err = { error: { code: string; message: string; fields: { path: string; code: string; message: string }[] } };
const header = "unitId,number,type,floor,area,sharePpm,persons,paymentReference";

beforeAll(async () => {
  domus = await startTestDomus();
  await createAssociation(domus.deps, a);
  const personId = await findPersonIdByEmail(domus.deps, "ion.ionescu@example.com");
  await putMembership(domus.deps, {
    personId: personId ?? "",
    associationId: a.associationId,
    associationName: a.name,
    country: "RO",
    currency: "RON",
    roles: ["chairman"],
    units: [],
    boardSeesAccounts: false,
  });
  (api as { baseUrl: string }).baseUrl = domus.url;
  expect((await signInWithTotp(api, "ion.ionescu@example.com")).status).toBe(200);
});
afterAll(async () => domus?.stop());

const unitsStored = async () => (await domus.deps.table.queryAll(`A#${a.associationId}`, "UNIT#")).length;

describe("registry", () => {
  it("rejects a bad import with row-level translated errors and writes nothing", async () => {
    const csv = [
      header,
      "u-ghost,1,apartment,0,-40.00,500000,2,R-1",
      ",2,apartment,1,abc,300000,-1,R-2",
      ",3,apartment,1,50.00,,2,R-2",
    ].join("\n");
    const answer = await api.post<Err>(`${base}/units/import`, { format: "csv", content: csv });
    expect(answer.status).toBe(400);
    const paths = answer.body.error.fields.map((f) => `${f.path}:${f.code}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        "rows.2.unitId:registry.unknown_unit",
        "rows.2.area:registry.area_not_positive",
        "rows.3.area:registry.invalid_decimal",
        "rows.3.persons:registry.persons_negative",
        "rows.4.sharePpm:registry.required",
        "rows.4.paymentReference:registry.duplicate_paymentReference",
      ]),
    );
    expect(answer.body.error.fields.find((f) => f.path === "rows.2.area")?.message).toBe(
      "Suprafața trebuie să fie mai mare decât zero.",
    );
    expect(await unitsStored()).toBe(0);
  });

  it("refuses shares that do not sum to 1,000,000 ppm (422, nothing written)", async () => {
    const csv = [header, ",1,apartment,0,40.00,400000,2,R-1", ",2,apartment,1,50.00,500000,1,R-2"].join("\n");
    const answer = await api.post<Err>(`${base}/units/import`, { format: "csv", content: csv });
    expect(answer.status).toBe(422);
    expect(answer.body.error.code).toBe("registry.shares_not_total");
    expect(answer.body.error.message).toContain("900000");
    expect(await unitsStored()).toBe(0);
  });

  it("imports CSV, exports CSV and XLSX, and re-imports the XLSX unchanged", async () => {
    const csv = [header, ",1,apartment,0,40.00,400000,2,R-1", ",2,apartment,1,60.00,600000,1,R-2"].join("\n");
    const ok = await api.post(`${base}/units/import`, { format: "csv", content: csv });
    expect(ok.body).toMatchObject({ created: 2, updated: 0 });
    const exported = await api.get<string>(`/api/files/associations/${a.associationId}/units/export?format=csv`);
    expect(exported.body).toContain("u-2,2,,,apartment,1,60.00,600000,1");
    const xlsx = await fetch(`${domus.url}/api/files/associations/${a.associationId}/units/export?format=xlsx`, {
      headers: { cookie: api.cookie ?? "" },
    });
    const content = Buffer.from(await xlsx.arrayBuffer()).toString("base64");
    const again = await api.post(`${base}/units/import`, { format: "xlsx", content });
    expect(again.body).toMatchObject({ created: 0, updated: 2 });
    const list = await api.get<{ sharesComplete: boolean; units: { area: string }[] }>(`${base}/units`);
    expect(list.body.sharesComplete).toBe(true);
    expect(list.body.units.map((u) => u.area)).toEqual(["40.00", "60.00"]);
  });

  it("validates a single unit, owners' shares and the due date against the law", async () => {
    const unit = {
      number: "9",
      type: "apartment",
      floor: 2,
      area: "0",
      sharePpm: 0,
      persons: [{ count: -2, from: "2026-01-01" }],
      paymentReference: "R-1",
    };
    const bad = await api.call<Err>("PUT", `${base}/units/u-9`, unit);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f) => f.path).sort()).toEqual(["area", "paymentReference", "persons.0.count"]);
    const owners = await api.call<Err>("PUT", `${base}/units/u-1/owners`, {
      owners: [{ name: "Ana Pop", sharePpm: 500000 }],
    });
    expect(owners.body.error.code).toBe("registry.ownership_not_total");
    const good = await api.call("PUT", `${base}/units/u-1/owners`, {
      owners: [
        { name: "Ana Pop", sharePpm: 500000 },
        { name: "Ion Pop", sharePpm: 500000 },
      ],
    });
    expect(good.status).toBe(200);
    expect((await api.get<{ owners: unknown[] }>(`${base}/units/u-1/owners`)).body.owners).toHaveLength(2);
    const due = await api.call<Err>("PATCH", `${base}/profile`, { dueRule: { kind: "days_after_posting", days: 45 } });
    expect(due.status).toBe(400);
    expect(due.body.error.fields[0]).toMatchObject({ path: "dueRule.days", code: "registry.due_days_above_legal_max" });
    const iban = await api.call<Err>("PATCH", `${base}/profile`, {
      bankAccounts: [{ iban: "RO49AAAA1B31007593840001", bankName: "BT" }],
    });
    expect(iban.body.error.fields[0]?.code).toBe("registry.invalid_iban");
    const fine = await api.call<{ dueRule: unknown }>("PATCH", `${base}/profile`, {
      dueRule: { kind: "days_after_posting", days: 30 },
    });
    expect(fine.status).toBe(200);
  });
});
