import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";
import { signInWithTotp } from "./support/identity";

/**
 * Tenant isolation with two seeded associations: every list, search, export and report read by
 * the Romanian chairman carries no id of the Polish association (and the reverse); and no write
 * accepts role, association, balance or share fields it does not declare (mass assignment).
 */
const ro = "ro-lalelelor-m7";
const pl = "pl-rozana-12";
let domus: TestDomus;
let doc: {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> };
        "x-domus-access": { kind: string; action?: string };
      }
    >
  >;
};

beforeAll(async () => {
  domus = await startTestDomus();
  doc = (await new ApiClient(domus.url).get<typeof doc>("/api/openapi.json")).body;
});
afterAll(async () => {
  await domus?.stop();
});

async function userIds(emails: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const email of emails) {
    const api = new ApiClient(domus.url);
    ids.push(String((await signInWithTotp(api, email)).body.userId));
  }
  return ids;
}

/** Every GET with an association in its path (lists, exports, reports), read as `email` in `home`. */
async function readEverything(email: string, home: string): Promise<string> {
  const api = new ApiClient(domus.url);
  await signInWithTotp(api, email);
  let text = "";
  for (const [path, methods] of Object.entries(doc.paths)) {
    if (!methods.get || !path.includes("{associationId}")) continue;
    const url = path
      .replace("{associationId}", home)
      .replace("{unitId}", "u001")
      .replace("{period}", "2026-11")
      .replace(/\{\w+\}/g, "x");
    const answer = await api.get(url);
    text += typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
  }
  return text;
}

describe("tenant isolation", () => {
  it("shows no foreign id in any list, export or report of either association", async () => {
    // Produce data in both tenants first: an invitation and audit records in Poland.
    const ewa = new ApiClient(domus.url);
    await signInWithTotp(ewa, "ewa.nowak@example.com");
    const invitation = await ewa.post<{ invitationId: string }>(`/api/admin/associations/${pl}/invitations`, {
      email: "pl.only@example.com",
      role: "owner",
      unitId: "u002",
    });
    expect(invitation.status).toBe(201);
    const polishOnly = await userIds([
      "jan.kowalski@example.com",
      "ewa.nowak@example.com",
      "olga.shevchenko@example.com",
      "piotr.zarzadca@example.com",
    ]);
    const romanianOnly = await userIds([
      "ana.popescu@example.com",
      "ion.ionescu@example.com",
      "maria.stan@example.com",
    ]);
    const seenInRo = await readEverything("ion.ionescu@example.com", ro);
    for (const foreign of [pl, invitation.body.invitationId, ...polishOnly]) expect(seenInRo).not.toContain(foreign);
    const seenInPl = await readEverything("ewa.nowak@example.com", pl);
    for (const foreign of [ro, ...romanianOnly]) expect(seenInPl).not.toContain(foreign);
    expect(seenInRo).toContain(romanianOnly[0]);
  }, 300_000);

  it("rejects undeclared role, association, balance and share fields on every write", async () => {
    const admin = new ApiClient(domus.url);
    await signInWithTotp(admin, "admin@example.com");
    const anonymous = new ApiClient(domus.url);
    // Platform routes answer 403 to anyone else before validation: the operator sends those.
    const operator = new ApiClient(domus.url);
    await signInWithTotp(operator, "operator@example.com");
    const sneaky = [
      "role",
      "roles",
      "associationId",
      "balance",
      "balanceMinor",
      "share",
      "sharePpm",
      "platformOperator",
    ];
    const accepted: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        if (!op.requestBody) continue;
        const declared = Object.keys(op.requestBody.content["application/json"]?.schema.properties ?? {});
        const extra = Object.fromEntries(
          sneaky.filter((f) => !declared.includes(f)).map((f) => [f, f === "balance" ? 0 : "x"]),
        );
        const access = op["x-domus-access"];
        const api = access.kind === "public" ? anonymous : access.action?.startsWith("platform.") ? operator : admin;
        // Valid path parameters, so the body is what the validation answers about.
        const url = path
          .replace("{associationId}", ro)
          .replace("{unitId}", "u001")
          .replace("{period}", "2026-11")
          .replace(/\{\w+\}/g, "x");
        const answer = await api.call<{ error?: { fields?: { path: string; code: string }[] } }>(
          method.toUpperCase(),
          url,
          extra,
        );
        const flagged = new Set(
          (answer.body.error?.fields ?? []).filter((f) => f.code === "unknown").map((f) => f.path),
        );
        const missed = Object.keys(extra).filter((f) => !flagged.has(f));
        if (answer.status !== 400 || missed.length > 0)
          accepted.push(`${op.operationId}: ${answer.status} ${missed.join(",")}`);
      }
    }
    expect(accepted).toEqual([]);
  }, 300_000);
});
