import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pl } from "../../functions/local/seed/demo-people";
import { startTestDomus, type TestDomus } from "../integration/support/domus";
import { launchChromium, snap } from "./support/browser";
import { decodeQrOf } from "./support/qr";
import { phoneIn, signInAs, waitLong, watchConsole } from "./support/session";

/**
 * Payments of the Polish demo in Chromium on a phone: the zarządca (who keeps the wspólnota's
 * books) imports an MT940 statement, most transfers match by the units' references, the two
 * without one are settled in the queue; Jan Kowalski (lokal 4) sees his transfer at once and pays
 * the rest with the ZBP QR code; Olga (lokal 9, Ukrainian interface) sees hers.
 */
let domus: TestDomus;
let browser: Browser;

const statementFile = new URL("../integration/fixtures/mt940-pl-2026-11.sta", import.meta.url).pathname;
const nrb = "61109010140000071219812874";

beforeAll(async () => {
  domus = await startTestDomus();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await domus?.stop();
});

describe("Polish payments in the browser", () => {
  it("the zarządca imports an MT940 statement; five of seven transfers match, two are settled in the queue", async () => {
    const context = await browser.newContext(phoneIn("pl-PL"));
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAs(page, domus.url, "piotr.zarzadca@example.com", { totp: true });
    await page.goto(`${domus.url}/a/${pl}/admin/payments/statements`);
    await page.getByTestId("statement-file").waitFor(waitLong);
    expect(await page.getByTestId("queue-line").count()).toBe(0);
    await page.getByLabel("Format pliku").selectOption("mt940");
    await page.getByTestId("statement-file").setInputFiles(statementFile);
    await page.getByRole("button", { name: "Importuj", exact: true }).click();
    const result = page.getByTestId("import-result");
    await result.waitFor(waitLong);
    expect(await result.textContent()).toContain("odczytano wierszy: 9");
    expect(await result.textContent()).toContain("Dopasowane: 5 · sugerowane: 1 · niedopasowane: 1 · nie wpływy: 2");
    await page.getByTestId("queue-line").nth(1).waitFor(waitLong);
    expect(await page.getByTestId("queue-line").count()).toBe(2);
    await snap(page, "payments-pl-01-mt940-queue");

    // "czynsz lokal 11" for exactly what lokal 11 owes: suggested, a person confirms it.
    const suggested = page.getByTestId("queue-line").filter({ hasText: "czynsz lokal 11" });
    expect(await suggested.textContent()).toContain("Wygląda na lokal 11");
    await suggested.getByRole("button", { name: "Potwierdź" }).click();
    await suggested.waitFor({ state: "detached", ...waitLong });

    // A transfer without any reference: the zarządca knows it is Jan Kowalski's (lokal 4).
    const unknown = page.getByTestId("queue-line").filter({ hasText: "Wplata za listopad" });
    await unknown.getByRole("combobox").selectOption("u004");
    await unknown.getByRole("button", { name: "Przypisz" }).click();
    await page.getByText("Wszystkie przelewy są przypisane.").waitFor(waitLong);
    await snap(page, "payments-pl-02-queue-done");
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it("Jan sees the assigned transfer at once and pays the rest with the ZBP QR code", async () => {
    const context = await browser.newContext(phoneIn("pl-PL"));
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAs(page, domus.url, "jan.kowalski@example.com");
    await page.goto(`${domus.url}/a/${pl}/u/u004/payments`);
    await page.getByTestId("my-payment").first().waitFor(waitLong);
    expect(await page.getByTestId("my-payments").textContent()).toMatch(/^20 lis 2026.{0,40}400,00\s*zł/);
    // November was 732,66 zł; 400,00 zł paid leaves 332,66 zł.
    expect(await page.getByTestId("balance").textContent()).toMatch(/Do zapłaty: 332,66\s*zł/);
    await snap(page, "payments-pl-03-jan-payments");

    await page.getByRole("link", { name: "Zapłać teraz" }).first().click();
    await page.getByTestId("transfer-details").waitFor(waitLong);
    const details = await page.getByTestId("transfer-details").textContent();
    for (const part of [
      `PL${nrb}`,
      "R12-004",
      "Santander Bank Polska",
      "Wspólnota Mieszkaniowa Nieruchomości przy ul. Różanej 12",
    ]) {
      expect(details).toContain(part);
    }
    expect(details).toMatch(/332,66\s*zł/);
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>("[data-testid=pay-qr]");
      return img?.complete && img.naturalWidth > 0;
    });
    // ZBP 2D: NIP|PL|NRB|amount in grosze (6 digits)|recipient|title|||
    const fields = (await decodeQrOf(page, "pay-qr")).split("|");
    expect(fields.slice(1, 4)).toEqual(["PL", nrb, "033266"]);
    expect(fields[5]).toBe("R12-004 2026-11");
    expect(fields).toHaveLength(9);
    expect(await page.getByText("Płatność kartą jest niedostępna").count()).toBe(1);
    await snap(page, "payments-pl-04-pay-now-zbp");
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it("Olga, in her Ukrainian interface, sees the transfer the statement matched by her reference", async () => {
    const context = await browser.newContext(phoneIn("uk-UA"));
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAs(page, domus.url, "olga.shevchenko@example.com");
    await page.goto(`${domus.url}/a/${pl}/u/u009/payments`);
    await page.getByTestId("my-payment").first().waitFor(waitLong);
    expect(await page.getByTestId("my-payments").textContent()).toMatch(/411,59\s*zł/);
    expect(await page.getByTestId("balance").textContent()).not.toMatch(/\d/);
    await snap(page, "payments-pl-05-olga-payments-uk");
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});
