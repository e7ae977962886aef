import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDomus, type TestDomus } from "../integration/support/domus";
import { launchChromium, snap } from "./support/browser";

let domus: TestDomus;
let browser: Browser;

beforeAll(async () => {
  domus = await startTestDomus();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await domus?.stop();
});

describe("an owner in the browser", () => {
  it("signs in and sees her balance and the latest entries in Romanian", async () => {
    const context = await browser.newContext({ locale: "ro-RO", viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const problems: string[] = [];
    // The app asks /api/me before sign-in; Chromium logs that expected 401 as a console error.
    const expected401 = /Failed to load resource: .*status of 401/;
    page.on("console", (m) => m.type() === "error" && !expected401.test(m.text()) && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(e.message));

    await page.goto(`${domus.url}/`);
    await page.getByTestId("sign-in-email").waitFor();
    await snap(page, "01-sign-in-ro");
    await page.getByTestId("sign-in-email").fill("ana.popescu@example.com");
    await page.getByTestId("sign-in-password").fill("domus-demo-2026");
    await page.getByTestId("sign-in-submit").click();

    const total = page.getByTestId("owner-balance-total");
    await total.waitFor();
    expect(Number(await total.getAttribute("data-total-minor"))).toBeGreaterThan(0);
    expect(await total.textContent()).toMatch(/lei|RON/);
    expect(await page.getByTestId("fund-row").count()).toBe(2);
    expect(await page.getByTestId("ledger-row").count()).toBeGreaterThan(3);
    expect(await page.locator("html").getAttribute("lang")).toBe("ro");
    await snap(page, "02-owner-home-ro-phone");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("switches language and keeps the session; a wrong password shows a translated error", async () => {
    const context = await browser.newContext({ locale: "pl-PL", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${domus.url}/sign-in`);
    await page.getByTestId("sign-in-email").fill("jan.kowalski@example.com");
    await page.getByTestId("sign-in-password").fill("wrong password here");
    await page.getByTestId("sign-in-submit").click();
    await page.getByTestId("sign-in-error").waitFor();
    expect(await page.getByTestId("sign-in-error").textContent()).toContain("nieprawidłowe");
    await snap(page, "03-sign-in-error-pl");

    await page.getByTestId("sign-in-password").fill("domus-demo-2026");
    await page.getByTestId("sign-in-submit").click();
    await page.getByTestId("owner-balance-total").waitFor();
    expect(await page.getByTestId("owner-balance-total").textContent()).toMatch(/zł|PLN/);
    await page.getByTestId("language-switcher").selectOption("uk");
    await page.waitForFunction(() => document.documentElement.lang === "uk");
    await snap(page, "04-owner-home-uk-desktop");
    await page.reload();
    await page.getByTestId("owner-balance-total").waitFor();
    await page.getByTestId("sign-out").click();
    await page.getByTestId("sign-in-email").waitFor();
    await context.close();
  });
});
