import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";
import { latestMailTo, signInWithTotp, tokenFromMail } from "./support/identity";

let domus: TestDomus;
const newPassword = "green tea and quiet mornings";

beforeAll(async () => {
  domus = await startTestDomus();
});
afterAll(async () => {
  await domus?.stop();
});

describe("password reset, password and email change, sessions", () => {
  it("answers a reset request the same for a known and an unknown email", async () => {
    const api = new ApiClient(domus.url);
    const known = await api.post("/api/auth/password-reset", { email: "olga.shevchenko@example.com" });
    const unknown = await api.post("/api/auth/password-reset", { email: "nobody.here@example.com" });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);
    expect(await latestMailTo(domus.mailStoreUrl, "nobody.here@example.com")).toBeUndefined();
  });

  it("resets with the emailed token once, ending every session", async () => {
    const before = new ApiClient(domus.url);
    await before.signIn("jan.kowalski@example.com");
    await new ApiClient(domus.url).post("/api/auth/password-reset", { email: "jan.kowalski@example.com" });
    const token = tokenFromMail(await latestMailTo(domus.mailStoreUrl, "jan.kowalski@example.com"), "reset-password");
    const api = new ApiClient(domus.url);
    const weak = await api.post<{ error: { fields: { code: string }[] } }>("/api/auth/password-reset/complete", {
      token,
      password: "passwordpassword",
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.fields[0]?.code).toBe("identity.password_common");
    expect((await api.post("/api/auth/password-reset/complete", { token, password: newPassword })).status).toBe(200);
    expect((await api.post("/api/auth/password-reset/complete", { token, password: newPassword })).status).toBe(400);
    expect((await before.get("/api/me")).status).toBe(401);
    expect((await new ApiClient(domus.url).signIn("jan.kowalski@example.com", newPassword)).status).toBe(200);
  });

  it("changes the password only with the current one and keeps just this session", async () => {
    const other = new ApiClient(domus.url);
    await other.signIn("olga.shevchenko@example.com");
    const api = new ApiClient(domus.url);
    await api.signIn("olga.shevchenko@example.com");
    const wrong = await api.post("/api/me/password", { currentPassword: "not my password", newPassword });
    expect(wrong.status).toBe(422);
    const ok = await api.post("/api/me/password", { currentPassword: "domus-demo-2026", newPassword });
    expect(ok.status).toBe(200);
    expect((await api.get("/api/me")).status).toBe(200);
    expect((await other.get("/api/me")).status).toBe(401);
  });

  it("changes the email after confirmation from the new address", async () => {
    const api = new ApiClient(domus.url);
    await api.signIn("mihai.dumitrescu@example.com");
    const asked = await api.post("/api/me/email", {
      newEmail: "mihai.new@example.com",
      currentPassword: "domus-demo-2026",
    });
    expect(asked.status).toBe(202);
    const token = tokenFromMail(await latestMailTo(domus.mailStoreUrl, "mihai.new@example.com"), "confirm-email");
    expect((await new ApiClient(domus.url).post("/api/auth/email-change/confirm", { token })).status).toBe(200);
    expect((await new ApiClient(domus.url).signIn("mihai.new@example.com")).status).toBe(200);
    expect((await new ApiClient(domus.url).signIn("mihai.dumitrescu@example.com")).status).toBe(401);
  });

  it("updates the profile, lists sessions, ends one and then all", async () => {
    const a = new ApiClient(domus.url);
    const b = new ApiClient(domus.url);
    await a.signIn("elena.georgescu@example.com");
    await b.signIn("elena.georgescu@example.com");
    // Email choices moved to /api/me/notification-preferences: the profile no longer takes them.
    const notifications = { announcements: false, charges: true, paymentReminders: true, messages: false };
    const refused = await a.call("PATCH", "/api/me/profile", { notifications });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: { fields: [{ path: "notifications", code: "unknown" }] } });
    expect((await a.call("PATCH", "/api/me/profile", { displayName: "Elena G.", locale: "uk" })).status).toBe(200);
    const me = await a.get<{ displayName: string; locale: string; notifications?: unknown }>("/api/me");
    expect(me.body).toMatchObject({ displayName: "Elena G.", locale: "uk" });
    expect(me.body.notifications).toBeUndefined();
    const list = await a.get<{ items: { sessionId: string; current: boolean }[] }>("/api/me/sessions");
    expect(list.body.items.length).toBe(2);
    const otherSession = list.body.items.find((s) => !s.current);
    expect((await a.call("DELETE", `/api/me/sessions/${otherSession?.sessionId}`)).status).toBe(200);
    expect((await b.get("/api/me")).status).toBe(401);
    expect((await a.post("/api/auth/sign-out-everywhere")).status).toBe(200);
    expect((await a.get("/api/me")).status).toBe(401);
  });

  it("refuses to turn TOTP off for a privileged role", async () => {
    const api = new ApiClient(domus.url);
    await signInWithTotp(api, "maria.stan@example.com");
    const off = await api.post<{ error: { code: string } }>("/api/me/totp/disable", {
      currentPassword: "domus-demo-2026",
      code: "123456",
    });
    expect(off.body.error.code).toBe("identity.totp_mandatory");
  });
});
