import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";

let domus: TestDomus;
const ro = "ro-lalelelor-m7";
const pl = "pl-rozana-12";

beforeAll(async () => {
  domus = await startTestDomus();
});
afterAll(async () => {
  await domus?.stop();
});

describe("the API on the embedded runtime", () => {
  it("answers health with JSON and security headers", async () => {
    const api = new ApiClient(domus.url);
    const answer = await api.get("/api/health");
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: "ok" });
    expect(answer.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(answer.headers.get("content-security-policy")).not.toContain("unsafe-inline");
    expect(answer.headers.get("strict-transport-security")).toMatch(/max-age=(\d+)/);
    expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("serves an OpenAPI document naming every operation's access", async () => {
    const doc = await new ApiClient(domus.url).get<{
      paths: Record<string, Record<string, { "x-domus-access"?: unknown }>>;
    }>("/api/openapi.json");
    const operations = Object.values(doc.body.paths).flatMap((p) => Object.values(p));
    expect(operations.length).toBeGreaterThanOrEqual(5);
    for (const op of operations) expect(op["x-domus-access"]).toBeDefined();
  });

  it("signs an owner in with a __Host- session cookie and shows their own account", async () => {
    const api = new ApiClient(domus.url);
    const answer = await api.post<{ memberships: { units: { unitId: string }[] }[] }>("/api/auth/sign-in", {
      email: "ana.popescu@example.com",
      password: "domus-demo-2026",
    });
    expect(answer.status).toBe(200);
    const cookie = answer.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^__Host-domus-session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const unitId = answer.body.memberships[0]?.units[0]?.unitId;
    const summary = await api.get<{ totalMinor: number; balances: unknown[]; recent: unknown[] }>(
      `/api/owner/associations/${ro}/units/${unitId}/summary`,
    );
    expect(summary.status).toBe(200);
    expect(summary.body.totalMinor).toBeGreaterThan(0);
    expect(summary.body.recent.length).toBeGreaterThan(0);
  });

  it("refuses another unit, another association and a nonexistent one", async () => {
    const api = new ApiClient(domus.url);
    await api.signIn("ana.popescu@example.com");
    for (const path of [
      `/api/owner/associations/${ro}/units/u013/summary`,
      `/api/owner/associations/${pl}/units/u004/summary`,
      "/api/owner/associations/nowhere/units/u001/summary",
    ]) {
      expect((await api.get(path)).status).toBe(403);
    }
  });

  it("gives the same answer for an unknown email and a wrong password", async () => {
    const api = new ApiClient(domus.url);
    const wrong = await api.post("/api/auth/sign-in", {
      email: "ana.popescu@example.com",
      password: "not the password!",
    });
    const unknown = await api.post("/api/auth/sign-in", { email: "nobody@example.com", password: "not the password!" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it("ends the session at sign-out; the old token is refused", async () => {
    const api = new ApiClient(domus.url);
    await api.signIn("jan.kowalski@example.com");
    const cookie = api.cookie;
    expect((await api.post("/api/auth/sign-out")).status).toBe(200);
    api.cookie = cookie;
    expect((await api.get("/api/me")).status).toBe(401);
  });

  it("rejects state changes without the CSRF token or from another site", async () => {
    const api = new ApiClient(domus.url);
    await api.signIn("jan.kowalski@example.com");
    const noToken = await api.call("PATCH", "/api/me/preferences", { locale: "pl" }, { "x-csrf-token": "" });
    expect(noToken.status).toBe(403);
    const crossSite = await api.call(
      "PATCH",
      "/api/me/preferences",
      { locale: "pl" },
      { "sec-fetch-site": "cross-site" },
    );
    expect(crossSite.status).toBe(403);
    const evilOrigin = await api.call(
      "PATCH",
      "/api/me/preferences",
      { locale: "pl" },
      { origin: "https://evil.example" },
    );
    expect(evilOrigin.status).toBe(403);
    expect((await api.call("PATCH", "/api/me/preferences", { locale: "pl" })).status).toBe(200);
  });

  it("answers bad input with a translated 4xx naming the field, never a 500", async () => {
    const api = new ApiClient(domus.url, "ro");
    const bad = await api.post<{
      error: { code: string; message: string; fields: { path: string; message: string }[] };
    }>("/api/auth/sign-in", { email: "not-an-email", password: "x", role: "chairman" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("request.invalid");
    expect(bad.body.error.message).toBe("Unele câmpuri trebuie corectate.");
    expect(bad.body.error.fields.map((f) => f.path).sort()).toEqual(["email", "role"]);
    const malformed = await api.call("POST", "/api/auth/sign-in", "{nope", { "content-type": "application/json" });
    expect(malformed.status).toBe(400);
    // The server answers before reading the oversize body, so this connection cannot be reused.
    const huge = await api.call(
      "POST",
      "/api/auth/sign-in",
      { email: "a@b.co", password: "x".repeat(300_000) },
      { connection: "close" },
    );
    expect(huge.status).toBe(413);
    const missing = await api.get<{ error: { code: string } }>("/api/nothing-here");
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("not_found");
    expect(missing.headers.get("content-security-policy")).toBeTruthy();
  });

  it("requires a session for the owner pages", async () => {
    const answer = await new ApiClient(domus.url).get(`/api/owner/associations/${ro}/units/u012/summary`);
    expect(answer.status).toBe(401);
  });
});
