import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";
import { signInWithTotp } from "./support/identity";

/**
 * An owner's receipt is the statement of a billed month. On the test clock (2026-12-07) the demo
 * has billed November; December is not billed, so there is no receipt for it, and the statements
 * page must offer November, the last billed month.
 */
type Err = { error: { code: string; message: string } };
const unit = "/associations/ro-lalelelor-m7/units/u012";

let domus: TestDomus;
const owner = new ApiClient("", "ro");

beforeAll(async () => {
  domus = await startTestDomus();
  (owner as { baseUrl: string }).baseUrl = domus.url;
  expect((await signInWithTotp(owner, "ana.popescu@example.com")).status).toBe(200);
}, 120_000);
afterAll(async () => domus?.stop());

describe("owner receipts", () => {
  it("answers a translated 404 for a month without charges, not a 500", async () => {
    for (const period of ["2026-12", "2019-01"]) {
      const none = await owner.get<Err>(`/api/files${unit}/receipt?period=${period}`);
      expect(none.status, period).toBe(404);
      expect(none.body.error.code).toBe("documents.no_charges");
      expect(none.body.error.message).toContain(period);
      expect(none.body.error.message).toContain("Nu există");
    }
  });

  it("still renders the receipt of a billed month and of the latest one", async () => {
    for (const query of ["?period=2026-11", ""]) {
      const pdf = await owner.call("GET", `/api/files${unit}/receipt${query}`);
      expect(pdf.status, query).toBe(200);
      expect(pdf.headers.get("content-type")).toBe("application/pdf");
      expect(pdf.headers.get("content-disposition")).toContain("2026-11");
    }
  });

  it("names the last billed month, which the statements page offers by default", async () => {
    const years = await owner.get<{ lastBilledPeriod?: string }>(`/api/owner${unit}/years`);
    expect(years.status).toBe(200);
    expect(years.body.lastBilledPeriod).toBe("2026-11");
  });
});
