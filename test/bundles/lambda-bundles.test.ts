import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ApiAnswer } from "../integration/support/client";
import { latestMailTo, signInWithTotp } from "../integration/support/identity";
import { type BundleWorld, startBundleWorld } from "./support/bundle-world";
import { type ErrorAnswer, expectTranslatedInFive } from "./support/five-languages";
import { LambdaApiClient } from "./support/lambda-api-client";
import { sqsEvent } from "./support/sqs-event";

/**
 * What ships is what is tested: the five Lambda bundles, built as CDK builds them, each in its own
 * Node process with its stack's environment, driven with API Gateway HTTP API (v2) events and the
 * stack's Scheduler events against the local AWS stand-ins seeded with the demo. Each HTTP group
 * answers a smoke script (sign-in, reads, a write, its PDFs, an error in five languages); each
 * scheduled job runs. The TypeScript tests run the sources; only this suite runs the bundles.
 */
const ro = "ro-lalelelor-m7";
const pl = "pl-rozana-12";
let world: BundleWorld;

const client = (locale = "en") => new LambdaApiClient(world.http, world.cloudFrontHeaders, locale);
const isPdf = (answer: ApiAnswer<unknown>) =>
  answer.status === 200 &&
  answer.headers.get("content-type") === "application/pdf" &&
  String(answer.body).startsWith("%PDF-");

/** Board members sign in with a TOTP code; each signs in once (a code works once per 30 s step). */
const boardSessions = new Map<string, Promise<LambdaApiClient>>();

function board(email: string): Promise<LambdaApiClient> {
  let session = boardSessions.get(email);
  if (!session) {
    session = (async () => {
      const api = client();
      expect((await signInWithTotp(api, email)).status).toBe(200);
      return api;
    })();
    boardSessions.set(email, session);
  }
  return session;
}

const chairman = () => board("ion.ionescu@example.com");

async function owner(email: string, locale = "en"): Promise<LambdaApiClient> {
  const api = client(locale);
  expect((await api.signIn(email)).status).toBe(200);
  return api;
}

beforeAll(async () => {
  world = await startBundleWorld();
  console.info(`bundle suite set-up (ms): ${JSON.stringify(world.timings)}`);
});

afterAll(async () => world?.stop());

afterEach((context) => {
  if (context.task.result?.state !== "fail") return;
  for (const lambda of [...Object.values(world.http), world.jobs]) {
    console.error(`--- ${lambda.name} logged:\n${lambda.output().slice(-4000)}`);
  }
});

describe("auth bundle", () => {
  it("signs an owner in with a password and a chairman with a TOTP code; reads and changes preferences", async () => {
    expect((await client().get("/api/health")).status).toBe(200);
    const ana = await owner("ana.popescu@example.com");
    const me = await ana.get<{ email: string; locale: string }>("/api/me");
    expect(me.status).toBe(200);
    expect(me.body.email).toBe("ana.popescu@example.com");
    expect((await ana.call("PATCH", "/api/me/preferences", { locale: "pl" })).status).toBe(200);
    expect((await ana.get<{ locale: string }>("/api/me")).body.locale).toBe("pl");
    expect((await ana.call("PATCH", "/api/me/preferences", { locale: "ro" })).status).toBe(200);
    expect((await (await chairman()).get("/api/me")).status).toBe(200);
  });

  it("refuses a wrong password and an invalid link in five languages", async () => {
    const guest = client();
    await expectTranslatedInFive(guest, "auth.invalid_credentials", () =>
      guest.post<ErrorAnswer>("/api/auth/sign-in", { email: "nobody@example.com", password: "not-the-password" }),
    );
    await expectTranslatedInFive(guest, "identity.token_invalid", () =>
      guest.post<ErrorAnswer>("/api/auth/invitations/preview", { token: "x".repeat(43) }),
    );
  });
});

describe("owner bundle", () => {
  const unit = `/api/owner/associations/${ro}/units/u012`;
  const olgaUnit = `/api/owner/associations/${pl}/units/u009`;

  it("reads an owner's account", async () => {
    const ana = await owner("ana.popescu@example.com");
    for (const page of ["summary", "charges", "ledger", "years", "payments", "meters"]) {
      expect((await ana.get(`${unit}/${page}`)).status, page).toBe(200);
    }
  });

  it("signs a photo upload, takes the photo and a reading that names it", async () => {
    // The reading window opens through the admin bundle, whatever day the test clock shows.
    const ewa = await board("ewa.nowak@example.com");
    const window = { fromDay: 1, toDay: 28, mode: "lenient" };
    expect((await ewa.call("PUT", `/api/admin/associations/${pl}/meter-settings`, window)).status).toBe(200);
    const olga = await owner("olga.shevchenko@example.com", "uk");
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array(600).fill(7), 0xff, 0xd9]);
    const signed = await olga.post<{ uploadUrl: string; photoKey: string }>(`${olgaUnit}/meters/u009-wc/photo`, {
      contentType: "image/jpeg",
      size: jpeg.length,
    });
    expect(signed.status).toBe(200);
    const put = await fetch(signed.body.uploadUrl, {
      method: "PUT",
      body: jpeg,
      headers: { "content-type": "image/jpeg" },
    });
    expect(put.status).toBe(200);
    const screen = await olga.get<{ meters: { meter: { meterId: string }; previous: { values: string[] } | null }[] }>(
      `${olgaUnit}/meters`,
    );
    const previous = screen.body.meters.find((m) => m.meter.meterId === "u009-wc")?.previous?.values[0] ?? "0";
    const reading = { meterId: "u009-wc", values: [(Number(previous) + 3).toFixed(3)], photoKey: signed.body.photoKey };
    const submitted = await olga.post(`${olgaUnit}/meters/readings`, { readings: [reading] });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  });

  it("refuses a photo of another type in five languages", async () => {
    const olga = await owner("olga.shevchenko@example.com");
    await expectTranslatedInFive(olga, "meters.photo_type", () =>
      olga.post<ErrorAnswer>(`${olgaUnit}/meters/u009-wc/photo`, { contentType: "application/pdf", size: 1000 }),
    );
  });
});

describe("admin bundle", () => {
  const admin = `/api/admin/associations/${ro}`;

  it("reads the billing runs and members, and invites a member by email", async () => {
    const boss = await chairman();
    expect((await boss.get(`${admin}/billing`)).status).toBe(200);
    expect((await boss.get(`${admin}/members`)).status).toBe(200);
    const email = "bundle.invitee@example.com";
    const invited = await boss.post(`${admin}/invitations`, { email, role: "board", locale: "ro" });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    expect((await latestMailTo(world.mailStoreUrl, email))?.subject).toContain("Invitație");
  });

  it("refuses an invitation to a unit that does not exist in five languages", async () => {
    const boss = await chairman();
    await expectTranslatedInFive(boss, "identity.unit_unknown", () =>
      boss.post<ErrorAnswer>(`${admin}/invitations`, { email: "nobody@example.com", role: "owner", unitId: "u999" }),
    );
  });
});

describe("files bundle", () => {
  const files = `/api/files/associations/${ro}`;

  it("renders an owner's receipt", async () => {
    const ana = await owner("ana.popescu@example.com");
    expect(isPdf(await ana.get(`${files}/units/u012/receipt`))).toBe(true);
  });

  it("renders the payment list of the published month and activation letters", async () => {
    const boss = await chairman();
    const runs = await boss.get<{ runs: { period: string; status: string }[] }>(
      `/api/admin/associations/${ro}/billing`,
    );
    const published = runs.body.runs.find((r) => r.status === "published");
    expect(published).toBeDefined();
    expect(isPdf(await boss.get(`${files}/billing/${published?.period}/payment-list`))).toBe(true);
    expect(isPdf(await boss.post(`${files}/activation-letters`, { unitIds: ["u021"] }))).toBe(true);
  });

  it("refuses activation letters for a unit that does not exist in five languages", async () => {
    const boss = await chairman();
    await expectTranslatedInFive(boss, "identity.unit_unknown", () =>
      boss.post<ErrorAnswer>(`${files}/activation-letters`, { unitIds: ["u999"] }),
    );
  });
});

describe("jobs bundle", () => {
  it("runs every scheduled job the stack defines, and the work each one queues", async () => {
    expect(world.scheduleInputs.length).toBeGreaterThanOrEqual(5);
    for (const input of world.scheduleInputs) {
      await expect(world.jobs.invoke(input), JSON.stringify(input)).resolves.toBeDefined();
      const queued = world.queues.drain();
      // With a job queue, each schedule fans its work out as messages; the queue delivers them.
      expect(queued.length > 0, JSON.stringify(input)).toBe(world.jobsHaveQueue);
      if (queued.length === 0) continue;
      const answer = await world.jobs.invoke<{ batchItemFailures: unknown[] }>(sqsEvent(queued));
      expect(answer.batchItemFailures, `${JSON.stringify(input)}: ${world.jobs.output().slice(-2000)}`).toEqual([]);
    }
    expect(world.jobs.output()).not.toMatch(/"level":"error"/);
  });
});
