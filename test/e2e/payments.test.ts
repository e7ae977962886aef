import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ro } from "../../functions/local/seed/demo-people";
import { startTestDomus, type TestDomus } from "../integration/support/domus";
import { launchChromium, snap } from "./support/browser";
import { phoneIn, signInAs, waitLong, watchConsole } from "./support/session";

/**
 * Payments in Chromium on a phone: the Romanian accountant imports a camt.053 statement, sees the
 * transfers the matcher could not place, assigns one to apartment 12, then imports an MT940
 * statement too; the owner of apartment 12 sees the payment.
 */
let domus: TestDomus;
let browser: Browser;

const phone = phoneIn("ro-RO");
const camtFile = new URL("../integration/fixtures/camt053-ro.xml", import.meta.url).pathname;
const mt940File = new URL("../integration/fixtures/mt940-ro.sta", import.meta.url).pathname;

/** The demo camt.053 as if exported for another account. */
function foreignCamt() {
  const xml = readFileSync(camtFile, "utf8").replace("RO49AAAA1B31007593840000", "RO66BACX0000001234567890");
  return { name: "alt-cont.xml", mimeType: "application/xml", buffer: Buffer.from(xml) };
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
  it("the accountant imports a camt.053, assigns a transfer in the queue, then imports an MT940", async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAs(page, domus.url, "maria.stan@example.com", { totp: true });
    await page.goto(`${domus.url}/a/${ro}/admin/payments/statements`);
    await page.getByTestId("statement-file").waitFor(waitLong);
    // A statement of another account is refused whole, saying which account and where.
    await page.getByTestId("statement-file").setInputFiles(foreignCamt());
    await page.getByRole("button", { name: "Importă", exact: true }).click();
    await page.getByTestId("import-error").waitFor(waitLong);
    expect(await page.getByTestId("import-error").textContent()).toContain(
      "Extrasul este pentru contul RO66BACX0000001234567890 (Stmt/Acct/Id/IBAN, linia 12)",
    );
    await snap(page, "payments-00-foreign-account");
    await page.getByTestId("statement-file").setInputFiles(camtFile);
    await page.getByRole("button", { name: "Importă", exact: true }).click();
    await page.getByTestId("import-result").waitFor(waitLong);
    expect(await page.getByTestId("import-result").textContent()).toContain("Potrivite: 3");
    // The two transfers of this file that need a person (the demo seed queues others too); the
    // queue refreshes after the import answers, so wait for both before counting.
    const fromFile = () => page.getByTestId("queue-line").filter({ hasText: /contributie|plata intretinere ap\. 15/ });
    await fromFile().nth(1).waitFor(waitLong);
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

    // The same account exported by another bank as MT940: two references match, one transfer waits.
    await page.getByLabel("Formatul fișierului").selectOption("mt940");
    await page.getByTestId("statement-file").setInputFiles(mt940File);
    await page.getByRole("button", { name: "Importă", exact: true }).click();
    await expect
      .poll(() => page.getByTestId("import-result").textContent(), waitLong)
      .toContain("Extras importat: 4 linii citite.");
    expect(await page.getByTestId("import-result").textContent()).toContain(
      "Potrivite: 2 · sugerate: 0 · nepotrivite: 1 · nu sunt încasări: 1",
    );
    await page.getByTestId("queue-line").filter({ hasText: "Transfer intretinere bloc" }).waitFor(waitLong);

    await page.goto(`${domus.url}/a/${ro}/admin/debts`);
    await page.getByTestId("debtors-table").waitFor(waitLong);
    await snap(page, "payments-03-debtors");
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it("the owner sees the payment at once, and how to pay the rest", async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAs(page, domus.url, "ana.popescu@example.com");
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
