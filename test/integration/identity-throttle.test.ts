import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailIndexOf } from "../../functions/identity/persons";
import { signInRules, takeAttempt } from "../../functions/identity/throttle";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";

/** Throttling with the production limits: 100 failed sign-ins per account an hour, 5 codes per challenge, 5 reset requests. */
let domus: TestDomus;

beforeAll(async () => {
  domus = await startTestDomus();
});
afterAll(async () => {
  await domus?.stop();
});

describe("throttling answers 429 with a retry time", () => {
  it("after 100 failed sign-ins of one account in an hour", async () => {
    const api = new ApiClient(domus.url);
    const wrong = { email: "olga.shevchenko@example.com", password: "definitely not it" };
    // 95 failures are counted straight into the window (100 scrypt runs take most of a minute on
    // a small machine); the last five go through HTTP like an attacker's.
    const rules = signInRules(await emailIndexOf(domus.deps, wrong.email), "another-address");
    for (let i = 0; i < 95; i++) await takeAttempt(domus.deps, rules.slice(0, 1));
    for (let i = 0; i < 5; i++) expect((await api.post("/api/auth/sign-in", wrong)).status).toBe(401);
    const refused = await api.post<{ error: { code: string } }>("/api/auth/sign-in", {
      ...wrong,
      password: "domus-demo-2026",
    });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe("auth.throttled");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another account from the same address is not locked out.
    expect((await api.signIn("jan.kowalski@example.com")).status).toBe(200);
  }, 120_000);

  it("after five wrong codes for one TOTP challenge", async () => {
    const api = new ApiClient(domus.url);
    const start = await api.post<{ challengeToken: string }>("/api/auth/sign-in", {
      email: "victor.pop@example.com",
      password: "domus-demo-2026",
    });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(
        (await api.post("/api/auth/sign-in/totp", { challengeToken: start.body.challengeToken, code: "000000" }))
          .status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it("after five reset requests for one address, known or not", async () => {
    for (const email of ["ana.popescu@example.com", "ghost.person@example.com"]) {
      const api = new ApiClient(domus.url);
      for (let i = 0; i < 5; i++) expect((await api.post("/api/auth/password-reset", { email })).status).toBe(202);
      const refused = await api.post("/api/auth/password-reset", { email });
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toBeTruthy();
    }
  });
});
