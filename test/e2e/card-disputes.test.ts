import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ro } from "../../functions/local/seed/demo-people";
import { ApiClient } from "../integration/support/client";
import { startTestDomus, type TestDomus } from "../integration/support/domus";
import { signInWithTotp } from "../integration/support/identity";
import { deliverTo, stripeEvents, stripeSecrets } from "../integration/support/stripe-events";
import { launchChromium, snap } from "./support/browser";
import { phoneIn, signInAs, waitLong, watchConsole } from "./support/session";

/**
 * Card disputes in Chromium: Stripe reports (signed offline with the library's own test
 * signatures) a dispute opened on one card payment and a lost one on another; the accountant
 * sees both marked on the payments list, in Romanian.
 */
let domus: TestDomus;
let browser: Browser;
const account = "acct_1DomusLalele7";
const { paid, dispute } = stripeEvents(account, ro, "u012");

beforeAll(async () => {
  domus = await startTestDomus({ stripe: stripeSecrets });
  browser = await launchChromium();
  const admin = new ApiClient(domus.url, "en");
  expect((await signInWithTotp(admin, "admin@example.com")).status).toBe(200);
  const settings = { enabled: true, provider: "stripe", accountId: account, fee: { percent: "2", fixedMinor: 0 } };
  expect((await admin.call("PUT", `/api/admin/associations/${ro}/payment-provider`, settings)).status).toBe(200);
  for (const payload of [
    paid("cs_test_e2e_open", 12_000, 240),
    paid("cs_test_e2e_lost", 8_000, 160),
    dispute("cs_test_e2e_open", "charge.dispute.created", "needs_response", 12_240),
    dispute("cs_test_e2e_lost", "charge.dispute.closed", "lost", 8_160),
  ]) {
    expect((await deliverTo(domus.url, payload)).status).toBe(200);
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await domus?.stop();
});

describe("card disputes in the browser", () => {
  it("the accountant sees an open and a lost dispute on the payments list", async () => {
    const context = await browser.newContext(phoneIn("ro-RO"));
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAs(page, domus.url, "maria.stan@example.com", { totp: true });
    await page.goto(`${domus.url}/a/${ro}/admin/payments`);
    const badges = page.getByTestId("dispute-badge");
    await badges.first().waitFor(waitLong);
    expect(await badges.count()).toBe(2);
    const rowOf = (state: string) =>
      page.getByTestId("payment-row").filter({ has: page.locator(`[data-state="${state}"]`) });
    expect(await rowOf("open").textContent()).toMatch(/Card.*contestată.*120,00/);
    expect(await rowOf("lost").textContent()).toMatch(/contestație pierdută.*80,00/);
    await rowOf("open").scrollIntoViewIfNeeded();
    await snap(page, "payments-card-disputes");
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
