import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../functions/platform/clock";
import { testEpoch } from "../support/test-clock";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";
import { signInWithTotp } from "./support/identity";

/**
 * Session lifetimes (ASVS V7, quality bars): a board or admin session ends after 30 minutes
 * without a request and 12 hours after sign-in however busy it is; an owner's lasts longer. The
 * clock is moved by hand, so nothing waits.
 */
const minutes = (n: number) => n * 60_000;
const clock = fixedClock(testEpoch);
let domus: TestDomus;

beforeAll(async () => {
  domus = await startTestDomus({ clock });
});

afterAll(async () => {
  await domus?.stop();
});

async function signedIn(email: string): Promise<ApiClient> {
  const api = new ApiClient(domus.url);
  clock.advance(30_000); // a TOTP time step of its own for each sign-in
  const answer = await signInWithTotp(api, email, { now: () => clock.now().getTime() });
  expect(answer.status, `${email} signs in`).toBe(200);
  return api;
}

describe("session lifetimes", () => {
  it("ends an administrator's session after 30 minutes idle, not before", async () => {
    const admin = await signedIn("admin@example.com");
    clock.advance(minutes(29));
    expect((await admin.get("/api/me")).status).toBe(200);
    clock.advance(minutes(29)); // idle time counts from the last request
    expect((await admin.get("/api/me")).status).toBe(200);
    clock.advance(minutes(31));
    expect((await admin.get("/api/me")).status).toBe(401);
  });

  it("ends an administrator's busy session 12 hours after sign-in", async () => {
    const admin = await signedIn("piotr.zarzadca@example.com");
    for (let elapsed = 0; elapsed < 11 * 60 + 40; elapsed += 20) {
      clock.advance(minutes(20));
      expect((await admin.get("/api/me")).status, `after ${elapsed + 20} min`).toBe(200);
    }
    clock.advance(minutes(20));
    expect((await admin.get("/api/me")).status).toBe(401);
  });

  it("keeps an owner signed in across a day without requests", async () => {
    const owner = await signedIn("ana.popescu@example.com");
    clock.advance(minutes(24 * 60));
    expect((await owner.get("/api/me")).status).toBe(200);
  });
});
