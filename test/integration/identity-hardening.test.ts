import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keys } from "../../functions/platform/keys";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";
import { signInWithTotp } from "./support/identity";

/**
 * What a probe of the running portal found in members, invitations and the audit log (issue 12,
 * items 5, 6 and 23): crafted list cursors, removing the administrator, one audit record per denial.
 */
const ro = "ro-lalelelor-m7";
let domus: TestDomus;
let boss: ApiClient;

beforeAll(async () => {
  domus = await startTestDomus();
  boss = new ApiClient(domus.url);
  expect((await signInWithTotp(boss, "ion.ionescu@example.com")).status).toBe(200);
});
afterAll(async () => {
  await domus?.stop();
});

type ErrorAnswer = {
  error: { code: string; message: string; fields: { path: string; code: string; message: string }[] };
};
const cursorOf = (sortKey: string) => Buffer.from(sortKey, "utf8").toString("base64url");

describe("list cursors are checked before they reach the table", () => {
  const lists = ["members", "invitations", "audit"].map((list) => `/api/admin/associations/${ro}/${list}`);
  // Garbage, a key of another list of the same partition, a control character, and an oversized key.
  const crafted = ["abc", cursorOf("UNIT#u001"), cursorOf("MEMBER#\u0000"), cursorOf(`MEMBER#${"x".repeat(250)}`)];

  it("answers a translated 400 naming the cursor field, on every list that takes one", async () => {
    for (const path of lists) {
      for (const cursor of crafted.slice(0, path.endsWith("audit") ? 1 : crafted.length)) {
        for (const locale of ["en", "ro"]) {
          boss.locale = locale;
          const answer = await boss.get<ErrorAnswer>(`${path}?cursor=${encodeURIComponent(cursor)}`);
          expect(answer.status, `${path} ${cursor}`).toBe(400);
          expect(answer.body.error.code).toBe("request.invalid");
          expect(answer.body.error.fields).toEqual([
            expect.objectContaining({ path: "cursor", code: "invalid", message: expect.any(String) }),
          ]);
          if (locale === "ro") expect(answer.body.error.fields[0]?.message).not.toBe("This value is not valid.");
        }
      }
    }
    boss.locale = "en";
  });

  it("still pages through a list with the cursors it hands out", async () => {
    const first = await boss.get<{ items: { personId: string }[]; next?: string }>(
      `/api/admin/associations/${ro}/members?limit=2`,
    );
    expect(first.status).toBe(200);
    expect(first.body.next).toBeTruthy();
    const second = await boss.get<{ items: { personId: string }[] }>(
      `/api/admin/associations/${ro}/members?limit=2&cursor=${first.body.next}`,
    );
    expect(second.status).toBe(200);
    expect(second.body.items.length).toBeGreaterThan(0);
    const seen = new Set(first.body.items.map((m) => m.personId));
    for (const m of second.body.items) expect(seen.has(m.personId)).toBe(false);
  });
});

describe("the professional administrator is given by the platform", () => {
  it("cannot be removed by the chairman, exactly as he cannot be demoted", async () => {
    const members = await boss.get<{ items: { personId: string; roles: string[] }[] }>(
      `/api/admin/associations/${ro}/members?limit=100`,
    );
    const administrator = members.body.items.find((m) => m.roles.includes("administrator"));
    expect(administrator).toBeDefined();
    const path = `/api/admin/associations/${ro}/members/${administrator?.personId}`;
    const demote = await boss.call<ErrorAnswer>("PUT", path, { roles: ["board"], unitIds: [] });
    boss.locale = "pl";
    const remove = await boss.call<ErrorAnswer>("DELETE", path);
    boss.locale = "en";
    expect(demote.status).toBe(422);
    expect(remove.status).toBe(demote.status);
    expect(remove.body.error.code).toBe(demote.body.error.code);
    expect(remove.body.error.code).toBe("identity.administrator_fixed");
    expect(remove.body.error.message).toBe("Zarządców przydziela platforma.");
    const after = await boss.get<{ items: { personId: string }[] }>(`/api/admin/associations/${ro}/members?limit=100`);
    expect(after.body.items.map((m) => m.personId)).toContain(administrator?.personId);
  });
});

describe("denied requests are audited once per actor, target and hour", () => {
  it("counts 30 denials of one member on one association in one record", async () => {
    const ana = new ApiClient(domus.url);
    expect((await ana.signIn("ana.popescu@example.com")).status).toBe(200);
    const me = await ana.get<{ userId: string }>("/api/me");
    const before = await auditItems(keys.auditEntry(ro, "").pk);
    for (let i = 0; i < 15; i++) expect((await ana.get(`/api/admin/associations/${ro}/members`)).status).toBe(403);
    await Promise.all(
      Array.from({ length: 15 }, async () =>
        expect((await ana.get(`/api/admin/associations/${ro}/invitations`)).status).toBe(403),
      ),
    );
    const added = (await auditItems(keys.auditEntry(ro, "").pk)).filter((i) => !before.some((b) => b.sk === i.sk));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ actor: me.body.userId, outcome: "denied", count: 30, action: "members.read" });

    // The chairman reads it as one line with its count and the actions that were refused.
    const log = await boss.get<{ items: { actor?: string; outcome: string; count?: number; actions?: string[] }[] }>(
      `/api/admin/associations/${ro}/audit?limit=100`,
    );
    const denial = log.body.items.find((r) => r.actor === me.body.userId && r.outcome === "denied");
    expect(denial).toMatchObject({ count: 30, actions: ["members.manage", "members.read"] });
  });

  it("keeps denials on malformed association ids under the actor, not in the platform partition", async () => {
    const ana = new ApiClient(domus.url);
    expect((await ana.signIn("ana.popescu@example.com")).status).toBe(200);
    const me = await ana.get<{ userId: string }>("/api/me");
    const platformBefore = (await auditItems(keys.auditEntry(undefined, "").pk)).length;
    const malformed = ["a.b", "a%20b", "x".repeat(90), "ro-lalelelor-m7~", "..%2F..%2Fetc"];
    for (const id of malformed) {
      const answer = await ana.get(`/api/admin/associations/${id}/members`);
      expect(answer.status, id).toBe(403);
    }
    expect((await auditItems(keys.auditEntry(undefined, "").pk)).length).toBe(platformBefore);
    const mine = await auditItems(keys.actorAudit(me.body.userId, "").pk);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ outcome: "denied", count: malformed.length, subject: "association:invalid" });
  });
});

async function auditItems(pk: string) {
  return domus.deps.table.queryAll<{ pk: string; sk: string; [field: string]: unknown }>(pk);
}
