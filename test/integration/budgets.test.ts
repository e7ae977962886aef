import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measureRoute, ownerEmail, ownerSummaryPath } from "../bench/sections/calls";
import { appFor, call, destroyDeps, freshDeps, type Session, signIn } from "../bench/support/in-process";
import { startTestDomus, type TestDomus } from "./support/domus";

/**
 * Budgets of quality-bars.md that are deterministic: AWS calls per API request, counted by the SDK
 * middleware (functions/platform/aws/call-counter.ts) around in-process requests. `npm run bench`
 * reports the same figures for every route; timings are never asserted.
 */
const budgets = {
  /** The owner home (quality bar): one BatchGetItem reads the session and the account head. */
  ownerSummaryDynamo: 1,
  /** Session + person + memberships. */
  meDynamo: 3,
  warmKms: 0,
  /** Cold: one Decrypt for the account's data key, nothing else. */
  ownerSummaryColdKms: 1,
};

let domus: TestDomus;
let session: Session;

beforeAll(async () => {
  domus = await startTestDomus();
  const deps = freshDeps(domus.deps);
  try {
    const signed = await signIn(appFor(deps), ownerEmail);
    if (!signed.ok) throw new Error(signed.reason);
    session = signed.session;
  } finally {
    destroyDeps(deps);
  }
});

afterAll(async () => {
  await domus?.stop();
});

describe("budgets: AWS calls per API request", () => {
  it(`owner dashboard: ≤ ${budgets.ownerSummaryDynamo} DynamoDB calls warm, 0 KMS warm, ≤ 1 Decrypt cold`, async () => {
    const m = await measureRoute(domus.deps, "GET", ownerSummaryPath, session, { warmRepeats: 1 });
    expect(m.status).toBe(200);
    expect(m.warm.dynamodbCalls, JSON.stringify(m.warm.dynamodb)).toBeLessThanOrEqual(budgets.ownerSummaryDynamo);
    expect(m.warm.kmsCalls, JSON.stringify(m.warm.kms)).toBe(budgets.warmKms);
    expect(m.cold.kmsCalls, JSON.stringify(m.cold.kms)).toBeLessThanOrEqual(budgets.ownerSummaryColdKms);
    // No other AWS service on the owner home.
    expect(m.warm.other).toEqual({});
  });

  it(`GET /api/me: ≤ ${budgets.meDynamo} DynamoDB calls warm, 0 KMS warm`, async () => {
    const m = await measureRoute(domus.deps, "GET", "/api/me", session, { warmRepeats: 1 });
    expect(m.status).toBe(200);
    expect(m.warm.dynamodbCalls, JSON.stringify(m.warm.dynamodb)).toBeLessThanOrEqual(budgets.meDynamo);
    expect(m.warm.kmsCalls, JSON.stringify(m.warm.kms)).toBe(budgets.warmKms);
  });

  it("a repeated request stays at 0 KMS calls (≤ 1 Decrypt per account per process)", async () => {
    const deps = freshDeps(domus.deps);
    try {
      const app = appFor(deps);
      const first = await call(app, "GET", ownerSummaryPath, { session });
      let later = 0;
      for (let i = 0; i < 5; i++) later += (await call(app, "GET", ownerSummaryPath, { session })).calls.kmsCalls;
      expect(first.calls.kmsCalls).toBeLessThanOrEqual(1);
      expect(later).toBe(0);
    } finally {
      destroyDeps(deps);
    }
  });
});
