import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";
import { signInWithTotp } from "./support/identity";

/**
 * Found by the fuzzer: a Polish unit owing more than the ZBP code can hold (six digits of grosze,
 * 9,999.99 zł) made the pay QR answer 500. Debtors owe that much; the code is left out (404 for
 * the image, the statement prints the transfer details without it), never a 500.
 */
const pl = "pl-rozana-12";
let domus: TestDomus;
let admin: ApiClient;

beforeAll(async () => {
  domus = await startTestDomus();
  admin = new ApiClient(domus.url);
  expect((await signInWithTotp(admin, "admin@example.com")).status).toBe(200);
  const adjusted = await admin.post(`/api/admin/associations/${pl}/billing/2026-11/adjustments`, {
    adjustmentId: "big-debt-u004",
    unitId: "u004",
    fund: "repair",
    amount: "12000.00",
    reason: "Repairs after the flood",
  });
  expect(adjusted.status, JSON.stringify(adjusted.body)).toBe(201);
});

afterAll(async () => {
  await domus?.stop();
});

describe("a debt larger than the QR standard holds", () => {
  it("answers the pay QR with a translated 404, not 500", async () => {
    const answer = await admin.get(`/api/files/associations/${pl}/units/u004/pay-qr`);
    expect(answer.status).toBe(404);
    expect((answer.body as { error: { code: string } }).error.code).toBe("not_found");
  });

  it("still prints the statement, without the code", async () => {
    const answer = await admin.get(`/api/files/associations/${pl}/units/u004/receipt?period=2026-11`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toContain("application/pdf");
  });

  it("tells the pay page there is no code, so it shows the transfer details alone (an owner who owes less still gets one)", async () => {
    type Pay = { amountMinor: number; qrAvailable: boolean };
    const big = await admin.get<Pay>(`/api/owner/associations/${pl}/units/u004/pay`);
    expect(big.status).toBe(200);
    expect(big.body.amountMinor).toBeGreaterThan(999_999);
    expect(big.body.qrAvailable).toBe(false);
    const usual = await admin.get<Pay>(`/api/owner/associations/${pl}/units/u003/pay`);
    expect(usual.body.amountMinor).toBeGreaterThan(0);
    expect(usual.body.qrAvailable).toBe(true);
  });
});
