import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueActivationCodes } from "../../functions/identity/activation";
import { tokenItem } from "../../functions/identity/one-time-tokens";
import { emailIndexOf } from "../../functions/identity/persons";
import { signInRules, takeAttempt } from "../../functions/identity/throttle";
import { keys } from "../../functions/platform/keys";
import { appFor, call } from "../bench/support/in-process";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";

/**
 * Attempt limits under concurrency, the owner's own device, and reset requests that look the same
 * for known and unknown addresses (issue 12, items 9, 10 and 11). A 401/422/400 answer means the
 * guess was evaluated; 429 means it was refused before.
 */
const ro = "ro-lalelelor-m7";
let domus: TestDomus;

beforeAll(async () => {
  domus = await startTestDomus();
});
afterAll(async () => {
  await domus?.stop();
});

const tally = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((out, s) => Object.assign(out, { [s]: (out[s] ?? 0) + 1 }), {});
const parallel = <T>(n: number, fn: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: n }, (_, i) => fn(i)));

/** Fills an account's sign-in window as failures from another address would (100 scrypt runs take a minute). */
async function failuresElsewhere(email: string, count: number): Promise<void> {
  const rules = signInRules(await emailIndexOf(domus.deps, email), "203.0.113.9");
  for (let i = 0; i < count; i++) await takeAttempt(domus.deps, rules);
}

describe("a right guess gives its attempt back, so the windows count failures", () => {
  it("counts a wrong activation code but not the right one", async () => {
    const ctx = { deps: domus.deps, actor: undefined, requestId: "test" } as unknown as Parameters<
      typeof issueActivationCodes
    >[0];
    const [issued] = await issueActivationCodes(ctx, ro, ["u022"]);
    const body = {
      email: "paper.owner.22@example.com",
      displayName: "Paper Owner",
      password: "a long walk by the river 2026",
    };
    const before = await windowCount("activate:addr:127.0.0.1", 3600);
    expect(
      (await new ApiClient(domus.url).post("/api/auth/activate", { ...body, code: "WXYZ-WXYZ-WXYZ-WXYZ" })).status,
    ).toBe(400);
    expect(await windowCount("activate:addr:127.0.0.1", 3600)).toBe(before + 1);
    expect(
      (await new ApiClient(domus.url).post("/api/auth/activate", { ...body, code: issued?.code ?? "" })).status,
    ).toBe(200);
    expect(await windowCount("activate:addr:127.0.0.1", 3600)).toBe(before + 1);
  });
});

describe("attempt limits are counted before the guess is checked", () => {
  it("lets 20 concurrent codes on one TOTP challenge check exactly five", async () => {
    const start = await new ApiClient(domus.url).post<{ challengeToken: string }>("/api/auth/sign-in", {
      email: "maria.stan@example.com",
      password: "domus-demo-2026",
    });
    expect(start.status).toBe(200);
    const statuses = await parallel(
      20,
      async () =>
        (
          await new ApiClient(domus.url).post("/api/auth/sign-in/totp", {
            challengeToken: start.body.challengeToken,
            code: "000000",
          })
        ).status,
    );
    expect(tally(statuses)).toEqual({ 401: 5, 429: 15 });
  });

  it("lets 40 concurrent wrong passwords after 70 failures check exactly 30 (limit 100)", async () => {
    const email = "mihai.dumitrescu@example.com";
    await failuresElsewhere(email, 70);
    const statuses = await parallel(
      40,
      async () => (await new ApiClient(domus.url).post("/api/auth/sign-in", { email, password: "not the one" })).status,
    );
    expect(tally(statuses)).toEqual({ 401: 30, 429: 10 });
    // The window is full: the right password from a new client waits too.
    expect((await new ApiClient(domus.url).signIn(email)).status).toBe(429);
  }, 120_000);

  it("lets 20 concurrent wrong current passwords check exactly ten (re-authentication)", async () => {
    const api = new ApiClient(domus.url);
    expect((await api.signIn("elena.georgescu@example.com")).status).toBe(200);
    const statuses = await parallel(
      20,
      async () =>
        (await api.post("/api/me/password", { currentPassword: "not the one", newPassword: "a brand new phrase 2026" }))
          .status,
    );
    expect(tally(statuses)).toEqual({ 422: 10, 429: 10 });
  }, 60_000);

  it("lets 40 concurrent wrong activation codes from one address check exactly 20 (one was wrong before)", async () => {
    const body = { email: "nobody.here@example.com", displayName: "Nobody", password: "a long walk by the river 2026" };
    const statuses = await parallel(
      40,
      async (i) =>
        (await new ApiClient(domus.url).post("/api/auth/activate", { ...body, code: `ABCD-EFGH-JKLM-${1000 + i}` }))
          .status,
    );
    expect(tally(statuses)).toEqual({ 400: 19, 429: 21 });
  });

  it("lets 20 concurrent reset requests for one address through exactly five", async () => {
    const statuses = await parallel(
      20,
      async () =>
        (await new ApiClient(domus.url).post("/api/auth/password-reset", { email: "jan.kowalski@example.com" })).status,
    );
    expect(tally(statuses)).toEqual({ 202: 5, 429: 15 });
  });
});

describe("a device that signed in before keeps its own sign-in budget", () => {
  const email = "ana.popescu@example.com";

  it("still signs the owner in on her device after 100+ failures from elsewhere", async () => {
    const own = new ApiClient(domus.url);
    const first = await own.signIn(email);
    expect(first.status).toBe(200);
    const device = first.headers.getSetCookie().find((c) => c.startsWith("__Host-domus-device="));
    expect(device).toMatch(/; Path=\//);
    expect(device).toMatch(/HttpOnly/);
    expect(device).toMatch(/Secure/);
    expect(device).toMatch(/SameSite=Strict/);
    expect(own.device).toBeTruthy();
    expect((await own.post("/api/auth/sign-out")).status).toBe(200);

    // An attacker elsewhere fails 97 times, then 3 more and a fourth from a new client here.
    await failuresElsewhere(email, 97);
    const attacker = new ApiClient(domus.url);
    for (let i = 0; i < 3; i++)
      expect((await attacker.post("/api/auth/sign-in", { email, password: "guess" })).status).toBe(401);
    expect((await attacker.post("/api/auth/sign-in", { email, password: "guess" })).status).toBe(429);
    // Unknown clients wait for the window, even with the right password …
    expect((await new ApiClient(domus.url).signIn(email)).status).toBe(429);
    // … and so does a client whose device cookie is forged or names someone else.
    const forged = new ApiClient(domus.url);
    forged.device = `${own.device?.slice(0, -2)}xx`;
    expect((await forged.signIn(email)).status).toBe(429);
    const other = new ApiClient(domus.url);
    expect((await other.signIn("jan.kowalski@example.com")).status).toBe(200);
    const borrowed = new ApiClient(domus.url);
    borrowed.device = other.device;
    expect((await borrowed.signIn(email)).status).toBe(429);

    // The owner's own device signs in, and a typo there counts on its own budget.
    expect((await own.post("/api/auth/sign-in", { email, password: "typo" })).status).toBe(401);
    expect((await own.signIn(email)).status).toBe(200);
    expect((await own.get<{ userId: string }>("/api/me")).status).toBe(200);
  });
});

describe("a reset request does the same work for known and unknown addresses", () => {
  it("makes the same table calls on both paths (only SES differs)", async () => {
    const app = appFor(domus.deps);
    const known = await call(app, "POST", "/api/auth/password-reset", { body: { email: "radu.marin@example.com" } });
    const unknown = await call(app, "POST", "/api/auth/password-reset", { body: { email: "radu.marin@example.org" } });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);
    expect(known.calls.dynamodb).toEqual({ UpdateItem: 2, GetItem: 2, PutItem: 1 });
    expect(unknown.calls.dynamodb).toEqual(known.calls.dynamodb);
    expect(known.calls.other).toEqual({ "SESv2.SendEmail": 1 });
    expect(unknown.calls.other).toEqual({});
  });

  it("refuses a reset token that names nobody (what an unknown address gets written)", async () => {
    const secret = "a-secret-that-names-nobody-0123456789";
    await domus.deps.table.put(tokenItem(domus.deps, "reset", secret, 3600, { personId: "" }));
    const answer = await new ApiClient(domus.url).post<{ error: { code: string } }>(
      "/api/auth/password-reset/complete",
      {
        token: secret,
        password: "a long walk by the river 2026",
      },
    );
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe("identity.token_invalid");
    expect(await domus.deps.table.get(keys.person(""))).toBeUndefined();
  });
});

async function windowCount(bucket: string, windowSeconds: number): Promise<number> {
  const now = Math.floor(domus.deps.clock.now().getTime() / 1000);
  const item = await domus.deps.table.get<{ pk: string; sk: string; count?: number }>(
    keys.throttle(bucket, String(now - (now % windowSeconds))),
    true,
  );
  return item?.count ?? 0;
}
