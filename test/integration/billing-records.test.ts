import { createHash } from "node:crypto";
import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keys } from "../../functions/platform/keys";
import { type AssociationProfile, createAssociation } from "../../functions/registry/associations";
import { joinAssociation, roAssociation } from "./support/associations";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";
import { signInWithTotp } from "./support/identity";

/**
 * The published payment list as a record (stored once, served as stored) and the immutable
 * version history of charge rules.
 */
let domus: TestDomus;
const chairman = new ApiClient("", "en");
const owner = new ApiClient("", "en");

const base: AssociationProfile = roAssociation("ro-rec-a", "Asociația Registru A");
const later = { ...base, associationId: "ro-rec-b" };
const racing = { ...base, associationId: "ro-rec-c" };
const history = { ...base, associationId: "ro-rec-d" };
const period = "2026-12";

const units = [
  "number,building,staircase,type,floor,area,persons,personsFrom,paymentReference",
  "1,B1,A,apartment,0,40.00,1,2020-01-01,R-001",
  "2,B1,A,apartment,1,50.50,2,2020-01-01,R-002",
  "3,B1,A,apartment,1,60.00,3,2020-01-01,R-003",
].join("\n");

const admin = (a: string) => `/api/admin/associations/${a}`;
const files = (a: string) => `/api/files/associations/${a}/billing/${period}/payment-list`;

const join = (a: AssociationProfile, email: string, roles: ("chairman" | "owner")[], unitIds: string[] = []) =>
  joinAssociation(domus.deps, a, email, roles, unitIds);

const putRule = (a: string, ruleId: string, body: Record<string, unknown>) =>
  chairman.call<{ version?: number; error?: { code: string } }>("PUT", `${admin(a)}/charge-rules/${ruleId}`, {
    validFrom: "2026-01",
    ...body,
  });

/** Units, two rules and an invoice, drafted for `period`. */
async function drafted(a: AssociationProfile) {
  expect(
    (await chairman.post(`${admin(a.associationId)}/units/import`, { format: "csv", content: units })).status,
  ).toBe(200);
  expect(
    (await putRule(a.associationId, "admin", { name: "Administrare", method: "fixed", amount: "15.00" })).status,
  ).toBe(200);
  expect(
    (await putRule(a.associationId, "repair", { name: "Fond reparații", method: "split_area", amount: "300.00" }))
      .status,
  ).toBe(200);
  const invoice = {
    period,
    supplier: "Electrica",
    number: "E-9",
    date: `${period}-02`,
    amount: "100.00",
    currency: "RON",
    name: "Curent scară",
    distribution: { key: "persons" },
  };
  expect((await chairman.post(`${admin(a.associationId)}/invoices`, invoice)).status).toBe(201);
  expect((await chairman.post(`${admin(a.associationId)}/billing/${period}/draft`)).status).toBe(200);
}

/** The raw bytes of a file route (the JSON client would decode a PDF as text). */
async function download(path: string): Promise<{ status: number; bytes: Buffer }> {
  const res = await fetch(`${domus.url}${path}`, { headers: { cookie: chairman.cookie ?? "" } });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

interface ListRecord {
  publishedAt: string;
  storedAt: string;
  locale: string;
  pdf: { sha256: string; sizeBytes: number };
  csv: { sha256: string; sizeBytes: number };
}

async function storedKeys(associationId: string): Promise<string[]> {
  const out = await domus.deps.clients.s3.send(
    new ListObjectsV2Command({
      Bucket: domus.deps.config.bucketName,
      Prefix: `${associationId}/payment-lists/${period}/`,
    }),
  );
  return (out.Contents ?? []).map((o) => o.Key ?? "").sort();
}

beforeAll(async () => {
  domus = await startTestDomus();
  for (const a of [base, later, racing, history]) {
    await createAssociation(domus.deps, a);
    await join(a, "ion.ionescu@example.com", ["chairman"]);
    await join(a, "ana.popescu@example.com", ["owner"], ["u-3"]);
  }
  for (const client of [chairman, owner]) (client as { baseUrl: string }).baseUrl = domus.url;
  expect((await signInWithTotp(chairman, "ion.ionescu@example.com")).status).toBe(200);
  expect((await owner.signIn("ana.popescu@example.com")).status).toBe(200);
}, 120_000);
afterAll(async () => domus?.stop());

describe("the published payment list is a record", () => {
  it("reading a published list stores nothing: GETs before it is stored leave the run and the bucket as they were", async () => {
    await drafted(base);
    expect((await chairman.post(`${admin(base.associationId)}/billing/${period}/publish`)).status).toBe(200);
    const runBefore = await domus.deps.table.get(keys.billingRun(base.associationId, period), true);
    const record = await chairman.get<{ error: { code: string; message: string } }>(
      `${files(base.associationId)}/record`,
    );
    expect(record.status).toBe(404);
    expect(record.body.error.code).toBe("documents.list_not_stored");
    expect(record.body.error.message).toContain(period);
    const pdf = await download(files(base.associationId));
    const csv = await download(`${files(base.associationId)}?format=csv`);
    expect([pdf.status, csv.status]).toEqual([200, 200]);
    expect(await domus.deps.table.get(keys.billingRun(base.associationId, period), true)).toEqual(runBefore);
    expect(await storedKeys(base.associationId)).toEqual([]);
    // Storing is a POST; what it stores is what was served before.
    const stored = await chairman.post<ListRecord>(`${files(base.associationId)}/record`);
    expect(stored.status).toBe(200);
    expect(stored.body.pdf.sha256).toBe(sha256(pdf.bytes));
    expect(stored.body.csv.sha256).toBe(sha256(csv.bytes));
  });

  it("is stored once: two downloads give identical bytes, matching the SHA-256 and size on the run", async () => {
    const [pdf1, pdf2] = [await download(files(base.associationId)), await download(files(base.associationId))];
    const [csv1, csv2] = [
      await download(`${files(base.associationId)}?format=csv`),
      await download(`${files(base.associationId)}?format=csv`),
    ];
    expect(pdf1.status).toBe(200);
    expect(pdf1.bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
    expect(pdf2.bytes.equals(pdf1.bytes)).toBe(true);
    expect(csv2.bytes.equals(csv1.bytes)).toBe(true);
    // The list is the association's (Romanian) document, whatever language the reader uses.
    expect(csv1.bytes.toString("utf8")).toContain("Total");
    expect(csv1.bytes.toString("utf8")).toContain("Scadența");

    const record = await chairman.get<ListRecord>(`${files(base.associationId)}/record`);
    expect(record.status).toBe(200);
    expect(record.body.pdf).toEqual({ sha256: sha256(pdf1.bytes), sizeBytes: pdf1.bytes.length });
    expect(record.body.csv).toEqual({ sha256: sha256(csv1.bytes), sizeBytes: csv1.bytes.length });
    expect(record.body.locale).toBe("ro");
    const runs = await chairman.get<{ runs: { period: string; publishedAt: string; paymentList?: unknown }[] }>(
      `${admin(base.associationId)}/billing`,
    );
    const run = runs.body.runs.find((r) => r.period === period);
    expect(record.body.publishedAt).toBe(run?.publishedAt);
    expect(run?.paymentList).toMatchObject({ pdf: record.body.pdf, csv: record.body.csv });
    expect(await storedKeys(base.associationId)).toEqual(
      [
        `${base.associationId}/payment-lists/${period}/${sha256(csv1.bytes)}.csv`,
        `${base.associationId}/payment-lists/${period}/${sha256(pdf1.bytes)}.pdf`,
      ].sort(),
    );

    // Rendering again from the ledger (as for a period published before lists were stored) gives the same bytes.
    await domus.deps.table.update({
      Key: keys.billingRun(base.associationId, period),
      UpdateExpression: "REMOVE paymentList",
    });
    const again = await download(files(base.associationId));
    expect(sha256(again.bytes)).toBe(sha256(pdf1.bytes));
  });

  it("does not change with a later adjustment or rule edit; the review keeps the rule version in force", async () => {
    await drafted(later);
    const published = await chairman.post<{ status: string }>(
      `${admin(later.associationId)}/billing/${period}/publish`,
    );
    expect(published.status).toBe(200);
    // Corrections and new rates after publishing, before anyone downloaded the list.
    const fix = await chairman.post(`${admin(later.associationId)}/billing/${period}/adjustments`, {
      adjustmentId: "fix1",
      unitId: "u-1",
      fund: "maintenance",
      amount: "-7.00",
      reason: "Corectare curent",
    });
    expect(fix.status).toBe(201);
    expect(
      (await putRule(later.associationId, "admin", { name: "Administrare", method: "fixed", amount: "20.00" })).body
        .version,
    ).toBe(2);

    const csv = await download(`${files(later.associationId)}?format=csv`);
    const text = csv.bytes.toString("utf8");
    const row = text.split("\n").find((l) => l.startsWith("1,"));
    expect(row).toContain("15.00");
    expect(row).not.toContain("20.00");
    const review = await chairman.get<{
      totalMinor: number;
      units: { number: string; lines: { entryId: string; amountMinor: number; source: { version?: number } }[] }[];
    }>(`${admin(later.associationId)}/billing/${period}`);
    const adminLine = review.body.units[0]?.lines.find((l) => l.entryId === `chg-${period}-admin`);
    expect(adminLine).toMatchObject({ amountMinor: 1500, source: { version: 1 } });
    const runs = await chairman.get<{ runs: { period: string; totalMinor: number }[] }>(
      `${admin(later.associationId)}/billing`,
    );
    expect(review.body.totalMinor).toBe(runs.body.runs.find((r) => r.period === period)?.totalMinor);

    const before = await download(files(later.associationId));
    const second = await chairman.post(`${admin(later.associationId)}/billing/${period}/adjustments`, {
      adjustmentId: "fix2",
      unitId: "u-2",
      fund: "maintenance",
      amount: "3.00",
      reason: "Diferență apă",
    });
    expect(second.status).toBe(201);
    expect((await download(files(later.associationId))).bytes.equals(before.bytes)).toBe(true);
    expect((await download(`${files(later.associationId)}?format=csv`)).bytes.equals(csv.bytes)).toBe(true);
  });

  it("concurrent publishes, stores and downloads store one list", async () => {
    await drafted(racing);
    const publishes = await Promise.all(
      [1, 2].map(() => chairman.post(`${admin(racing.associationId)}/billing/${period}/publish`)),
    );
    expect(publishes.map((p) => p.status)).toContain(200);
    for (const p of publishes) expect([200, 409]).toContain(p.status);
    const [records, pdfs] = await Promise.all([
      Promise.all([1, 2, 3].map(() => chairman.post<ListRecord>(`${files(racing.associationId)}/record`))),
      Promise.all([1, 2].map(() => download(files(racing.associationId)))),
    ]);
    expect(new Set(records.map((r) => r.body.pdf.sha256)).size).toBe(1);
    expect(new Set(records.map((r) => r.body.storedAt)).size).toBe(1);
    expect(pdfs.map((p) => sha256(p.bytes))).toEqual([records[0]?.body.pdf.sha256, records[0]?.body.pdf.sha256]);
    expect(await storedKeys(racing.associationId)).toHaveLength(2);
  });

  it("stores the list of a period published before lists were stored when asked to, not when read", async () => {
    const ro = "ro-lalelelor-m7";
    const runs = await chairman.get<{ runs: { period: string; status: string; paymentList?: unknown }[] }>(
      `${admin(ro)}/billing`,
    );
    const seeded = runs.body.runs.find((r) => r.status === "published");
    expect(seeded?.paymentList).toBeUndefined();
    const path = `/api/files/associations/${ro}/billing/${seeded?.period}/payment-list/record`;
    expect((await chairman.get(path)).status).toBe(404);
    const record = await chairman.post<ListRecord>(path);
    expect(record.status).toBe(200);
    expect(record.body.pdf.sha256).toMatch(/^[0-9a-f]{64}$/);
    const pdf = await download(`/api/files/associations/${ro}/billing/${seeded?.period}/payment-list`);
    expect(sha256(pdf.bytes)).toBe(record.body.pdf.sha256);
    expect((await chairman.get<ListRecord>(path)).body).toEqual(record.body);
  });

  it("has no record before publishing, and owners cannot read it", async () => {
    const draft = await chairman.get<{ error: { code: string } }>(
      `/api/files/associations/${history.associationId}/billing/${period}/payment-list/record`,
    );
    expect(draft.status).toBe(404);
    expect((await owner.get(`${files(base.associationId)}/record`)).status).toBe(403);
    expect((await owner.post(`${files(base.associationId)}/record`)).status).toBe(403);
    expect(
      (await chairman.post(`/api/files/associations/${history.associationId}/billing/${period}/payment-list/record`))
        .status,
    ).toBe(404);
  });
});

describe("charge rules keep every saved version", () => {
  interface History {
    truncated: boolean;
    versions: {
      version: number;
      savedAt: string;
      savedBy?: { name: string };
      created: boolean;
      legacy?: boolean;
      changes: { field: string; from?: unknown; to?: unknown }[];
      rule: { amount: string; name: string };
    }[];
  }
  const historyOf = (ruleId: string) =>
    chairman.get<History>(`${admin(history.associationId)}/charge-rules/${ruleId}/history`);

  it("edit twice → three versions, newest first, with who, when and what changed; a repeated save adds none", async () => {
    const a = history.associationId;
    expect((await putRule(a, "lift", { name: "Lift", method: "fixed", amount: "90.00" })).status).toBe(200);
    expect((await putRule(a, "lift", { name: "Lift", method: "fixed", amount: "120.00" })).status).toBe(200);
    const third = await putRule(a, "lift", {
      name: "Lift și interfon",
      method: "fixed",
      amount: "120.00",
      decision: { number: "4", date: "2026-02-01" },
    });
    expect(third.body.version).toBe(3);
    expect(
      (
        await putRule(a, "lift", {
          name: "Lift și interfon",
          method: "fixed",
          amount: "120.00",
          decision: { number: "4", date: "2026-02-01" },
        })
      ).body.version,
    ).toBe(3);

    const answer = await historyOf("lift");
    expect(answer.status).toBe(200);
    const { versions } = answer.body;
    expect(versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(versions.every((v) => v.savedBy?.name === "Ion Ionescu")).toBe(true);
    expect(versions[0]?.changes).toEqual([
      { field: "name", from: "Lift", to: "Lift și interfon" },
      { field: "decision", to: { number: "4", date: "2026-02-01" } },
    ]);
    expect(versions[1]?.changes).toEqual([{ field: "amount", from: "90.00", to: "120.00" }]);
    expect(versions[1]?.rule.amount).toBe("120.00");
    expect(versions[2]?.created).toBe(true);
    expect(versions[2]?.rule.amount).toBe("90.00");
    expect((versions[0]?.savedAt ?? "") >= (versions[2]?.savedAt ?? "")).toBe(true);
  });

  it("keeps the body of a rule saved before history as its first version", async () => {
    const a = history.associationId;
    // Written as rules were before versions existed: no version, no history items.
    const unversioned = {
      ...keys.chargeRule(a, "old"),
      ruleId: "old",
      name: "Vechi",
      method: "fixed",
      amount: "5.00",
      fund: "maintenance",
      exempt: [],
      validFrom: "2025-01",
    };
    await domus.deps.table.put(unversioned);
    expect((await putRule(a, "old", { name: "Vechi", method: "fixed", amount: "6.00" })).body.version).toBe(2);
    const { versions } = (await historyOf("old")).body;
    expect(versions.map((v) => [v.version, v.legacy ?? false])).toEqual([
      [2, false],
      [1, true],
    ]);
    expect(versions[0]?.changes).toEqual([
      { field: "amount", from: "5.00", to: "6.00" },
      { field: "validFrom", from: "2025-01", to: "2026-01" },
    ]);
  });

  it("two saves at once: one wins, the other is told to reload; no version is lost or doubled", async () => {
    const a = history.associationId;
    expect((await putRule(a, "clean", { name: "Curățenie", method: "fixed", amount: "50.00" })).status).toBe(200);
    const both = await Promise.all(
      ["60.00", "70.00"].map((amount) => putRule(a, "clean", { name: "Curățenie", method: "fixed", amount })),
    );
    for (const r of both) expect([200, 409]).toContain(r.status);
    const refused = both.filter((r) => r.status === 409);
    for (const r of refused) expect(r.body.error?.code).toBe("billing.rule_changed");
    const { versions } = (await historyOf("clean")).body;
    expect(versions).toHaveLength(1 + both.filter((r) => r.status === 200).length);
    const rules = await chairman.get<{ rules: { ruleId: string; amount: string; version: number }[] }>(
      `${admin(a)}/charge-rules`,
    );
    expect(rules.body.rules.find((r) => r.ruleId === "clean")).toMatchObject({
      amount: versions[0]?.rule.amount,
      version: versions[0]?.version,
    });
  });

  it("an owner cannot read a rule's history; an unknown rule is 404", async () => {
    expect((await owner.get(`${admin(history.associationId)}/charge-rules/lift/history`)).status).toBe(403);
    expect((await historyOf("nothing")).status).toBe(404);
  });
});
