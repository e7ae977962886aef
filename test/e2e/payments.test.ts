import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword, demoTotpSecret, ro } from "../../functions/local/seed/demo-people";
import { startTestDomus, type TestDomus } from "../integration/support/domus";
import { freshCode } from "../integration/support/identity";
import { launchChromium, snap } from "./support/browser";

/**
 * Payments in Chromium on a phone: the Romanian accountant imports a camt.053 statement, sees the
 * transfers the matcher could not place, assigns one to apartment 12; its owner sees the payment.
 */
let domus: TestDomus;
let browser: Browser;

const phone = { viewport: { width: 390, height: 844 }, locale: "ro-RO" };
const camtFile = new URL("../integration/fixtures/camt053-ro.xml", import.meta.url).pathname;
const waitLong = { timeout: 20_000 };

function watch(page: Page): string[] {
  const problems: string[] = [];
  const expected = /Failed to load resource: .*status of (400|401|404|422)/;
  page.on("console", (m) => m.type() === "error" && !expected.test(m.text()) && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  return problems;
}

async function signIn(page: Page, email: string, totp: boolean): Promise<void> {
  await page.goto(`${domus.url}/sign-in`);
  await page.getByTestId("sign-in-email").fill(email);
  await page.getByTestId("sign-in-password").fill(demoPassword);
  await page.getByTestId("sign-in-submit").click();
  if (!totp) return;
  await page.getByTestId("totp-challenge").waitFor(waitLong);
  await page.getByTestId("totp-code").fill(await freshCode(email, demoTotpSecret));
  await page.getByTestId("totp-submit").click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), waitLong);
}

beforeAll(async () => {
  domus = await startTestDomus();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await domus?.stop();
});

describe("payments in the browser", () => {
  it("the accountant imports a camt.053, sees the queue and assigns a transfer", async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    const problems = watch(page);
    await signIn(page, "maria.stan@example.com", true);
    await page.goto(`${domus.url}/a/${ro}/admin/payments/statements`);
    await page.getByTestId("statement-file").waitFor(waitLong);
    await page.getByTestId("statement-file").setInputFiles(camtFile);
    await page.getByRole("button", { name: "Importă", exact: true }).click();
    await page.getByTestId("import-result").waitFor(waitLong);
    expect(await page.getByTestId("import-result").textContent()).toContain("Potrivite: 3");
    await page.getByTestId("queue-line").first().waitFor(waitLong);
    // The two transfers of this file that need a person (the demo seed queues others too).
    const fromFile = () => page.getByTestId("queue-line").filter({ hasText: /contributie|plata intretinere ap\. 15/ });
    expect(await fromFile().count()).toBe(2);
    await snap(page, "payments-01-statement-queue");

    const line = page.getByTestId("queue-line").filter({ hasText: "contributie" });
    await line.getByRole("combobox").selectOption("u012");
    await line.getByRole("button", { name: "Alocă" }).click();
    await page
      .getByTestId("queue-line")
      .filter({ hasText: "contributie" })
      .waitFor({ state: "detached", ...waitLong });
    expect(await fromFile().count()).toBe(1);
    await snap(page, "payments-02-assigned");

    await page.goto(`${domus.url}/a/${ro}/admin/debts`);
    await page.getByTestId("debtors-table").waitFor(waitLong);
    await snap(page, "payments-03-debtors");
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it("the owner sees the payment at once, and how to pay the rest", async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    const problems = watch(page);
    await signIn(page, "ana.popescu@example.com", false);
    await page.getByTestId("owner-balance-total").waitFor(waitLong);
    await page.goto(`${domus.url}/a/${ro}/u/u012/payments`);
    await page.getByTestId("my-payment").first().waitFor(waitLong);
    const payments = await page.getByTestId("my-payments").textContent();
    expect(payments).toMatch(/75,00/);
    await snap(page, "payments-04-owner-payments");
    await page.goto(`${domus.url}/a/${ro}/u/u012/pay`);
    await page.getByTestId("transfer-details").waitFor(waitLong);
    expect(await page.getByTestId("transfer-details").textContent()).toContain("RO49AAAA1B31007593840000");
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>("[data-testid=pay-qr]");
      return img?.complete && img.naturalWidth > 0;
    });
    await snap(page, "payments-05-pay-now");
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});
