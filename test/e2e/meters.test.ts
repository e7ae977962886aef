import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword, demoTotpSecret } from "../../functions/local/seed/demo-people";
import { fixedClock } from "../../functions/platform/clock";
import { startTestDomus, type TestDomus } from "../integration/support/domus";
import { freshCode } from "../integration/support/identity";
import { launchChromium, snap } from "./support/browser";

// Inside the Romanian window (20th–25th of the month).
const clock = fixedClock("2026-11-21T10:00:00Z");
let domus: TestDomus;
let browser: Browser;

beforeAll(async () => {
  domus = await startTestDomus({ clock });
  browser = await launchChromium(clock);
});
afterAll(async () => {
  await browser?.close();
  await domus?.stop();
});

/** The previous value of a meter card plus a month's consumption, as the owner would type it. */
async function nextValue(text: string | null, add: number): Promise<string> {
  const match = /(\d+\.\d+)/.exec(text ?? "");
  if (!match?.[1]) throw new Error(`no previous value in ${text}`);
  return (Number(match[1]) + add).toFixed(3);
}

describe("an owner entering meter readings in the browser", () => {
  it("enters readings inside the window, then sees the history and the chart", async () => {
    const context = await browser.newContext({ locale: "ro-RO", viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const problems: string[] = [];
    // 401 before sign-in and the 400 of the deliberately wrong readings are expected answers.
    const expected401 = /Failed to load resource: .*status of (401|400)/;
    page.on("console", (m) => m.type() === "error" && !expected401.test(m.text()) && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(e.message));

    await page.goto(`${domus.url}/sign-in`);
    await page.getByTestId("sign-in-email").fill("ana.popescu@example.com");
    await page.getByTestId("sign-in-password").fill("domus-demo-2026");
    await page.getByTestId("sign-in-submit").click();
    await page.getByTestId("owner-balance-total").waitFor();

    await page.goto(`${domus.url}/a/ro-lalelelor-m7/u/u012/meters`);
    await page.getByTestId("window-notice").waitFor();
    expect(await page.getByTestId("window-notice").getAttribute("data-status")).toBe("open");
    expect(await page.getByTestId("meter-card").count()).toBe(3);
    await snap(page, "meters-01-readings-ro-phone");

    // A value below the previous one is refused with a Romanian message, nothing saved.
    await page.getByTestId("reading-u012-wc-0").fill("1.000");
    await page.getByTestId("reading-u012-wh-0").fill("abc");
    await page.getByTestId("submit-readings").click();
    await page.locator(".field__error").first().waitFor();
    expect(await page.locator(".field__error").allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/mai mic decât cel anterior/),
        expect.stringMatching(/Introduceți numărul/),
      ]),
    );
    await snap(page, "meters-02-errors-ro-phone");

    const meta = (id: string) => page.locator(`[data-meter-id="${id}"] .meter-card__meta`).textContent();
    await page.getByTestId("reading-u012-wc-0").fill(await nextValue(await meta("u012-wc"), 3.2));
    await page.getByTestId("reading-u012-wh-0").fill(await nextValue(await meta("u012-wh"), 2.1));
    await page.getByTestId("submit-readings").click();
    await page.getByTestId("submit-ok").waitFor();
    await page.getByTestId("current-reading").first().waitFor();
    expect(await page.getByTestId("current-reading").count()).toBe(2);
    await snap(page, "meters-03-saved-ro-phone");

    await page.locator('[data-meter-id="u012-wc"]').getByTestId("history-link").click();
    await page.getByTestId("history-table").waitFor();
    await page.getByTestId("consumption-chart").waitFor();
    expect(await page.getByTestId("history-row").count()).toBe(7);
    expect(await page.getByTestId("history-row").first().getAttribute("data-period")).toBe("2026-11");
    const painted = await page.getByTestId("consumption-chart").evaluate((c) => (c as HTMLCanvasElement).width > 0);
    expect(painted).toBe(true);
    await page.waitForTimeout(300);
    await snap(page, "meters-04-history-chart-ro-phone");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows when the window opens outside it", async () => {
    clock.set("2026-11-10T10:00:00Z");
    const context = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${domus.url}/sign-in`);
    await page.getByTestId("sign-in-email").fill("ana.popescu@example.com");
    await page.getByTestId("sign-in-password").fill("domus-demo-2026");
    await page.getByTestId("sign-in-submit").click();
    await page.getByTestId("owner-balance-total").waitFor();
    await page.goto(`${domus.url}/a/ro-lalelelor-m7/u/u012/meters`);
    await page.getByTestId("window-notice").waitFor();
    expect(await page.getByTestId("window-notice").getAttribute("data-status")).toBe("before");
    expect(await page.getByTestId("submit-readings").count()).toBe(0);
    await snap(page, "meters-05-before-window-desktop");
    await context.close();
  });
});

/** Signs in through the sign-in screen; privileged people answer the TOTP challenge at the server's time. */
async function signIn(page: Page, email: string, totp: boolean): Promise<void> {
  await page.goto(`${domus.url}/sign-in`);
  await page.getByTestId("sign-in-email").fill(email);
  await page.getByTestId("sign-in-password").fill(demoPassword);
  await page.getByTestId("sign-in-submit").click();
  if (totp) {
    await page.getByTestId("totp-challenge").waitFor();
    clock.advance(30_000);
    await page.getByTestId("totp-code").fill(await freshCode(email, demoTotpSecret, () => clock.now().getTime()));
    await page.getByTestId("totp-submit").click();
  }
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/** Errors in the console other than the 4xx answers the steps provoke on purpose. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  const expected = /Failed to load resource: .*status of (400|401|404)/;
  page.on("console", (m) => m.type() === "error" && !expected.test(m.text()) && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  return problems;
}

/** A photo of a dial drawn in the browser, as PNG bytes. */
async function dialPhoto(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = 320;
    canvas.height = 120;
    const g = canvas.getContext("2d");
    if (!g) return "";
    g.fillStyle = "#1d2430";
    g.fillRect(0, 0, 320, 120);
    g.fillStyle = "#f4f1e8";
    g.font = "bold 48px monospace";
    g.fillText("00214.7", 40, 78);
    return canvas.toDataURL("image/png");
  });
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(",") + 1), "base64");
}

const ro = "ro-lalelelor-m7";
const pl = "pl-rozana-12";

describe("the administrator managing meters in the browser", () => {
  it("creates a meter for an apartment, with field errors first", async () => {
    clock.set("2026-11-21T12:00:00Z");
    const context = await browser.newContext({ locale: "ro-RO", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watch(page);
    await signIn(page, "admin@example.com", true);
    await page.goto(`${domus.url}/a/${ro}/admin/meters/registry`);
    await page.getByTestId("meters-table").waitFor();
    await page.getByTestId("meter-add").click();
    await page.getByTestId("meter-unit").selectOption("u018");
    await page.getByTestId("meter-kind").selectOption("gas");
    await page.getByTestId("meter-serial").fill("G-18001");
    await page.getByTestId("meter-installed").fill("2026-11-02");
    await page.getByTestId("meter-verification").fill("2026-10-01");
    await page.getByTestId("meter-save").click();
    const error = page.getByTestId("meter-form").locator(".field__error");
    await error.first().waitFor();
    expect(await error.allTextContents()).toEqual([expect.stringMatching(/după data montării/)]);
    await snap(page, "meters-06-admin-meter-field-error");

    await page.getByTestId("meter-verification").fill("2032-11-02");
    await page.getByTestId("meter-save").click();
    await page.getByTestId("meter-saved").waitFor();
    const row = page.locator('[data-testid="meter-row"]', { hasText: "G-18001" });
    await row.waitFor();
    expect(await row.textContent()).toContain("Gaz");
    await snap(page, "meters-07-admin-meter-created");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("replaces a meter whose verification expired", async () => {
    const context = await browser.newContext({ locale: "ro-RO", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watch(page);
    await signIn(page, "admin@example.com", true);
    const history = await page.request.get(
      `${domus.url}/api/owner/associations/${ro}/units/u020/meters/u020-wc/history`,
    );
    const last = ((await history.json()) as { readings: { values: string[] }[] }).readings.at(-1)?.values[0];
    await page.goto(`${domus.url}/a/${ro}/admin/meters/registry`);
    const old = page.locator('[data-meter-id="u020-wc"]');
    expect(await old.getAttribute("data-status")).toBe("active");
    expect(await old.locator("[data-verification]").getAttribute("data-verification")).toBe("expired");
    await old.getByTestId("meter-replace").click();
    await page.getByTestId("replace-final-0").fill((Number(last) + 1.75).toFixed(3));
    await page.getByTestId("replace-serial").fill("WC-20-NEW");
    await page.getByTestId("replace-verification").fill("2032-11-21");
    await page.getByTestId("replace-initial-0").fill("0.012");
    await snap(page, "meters-08-admin-replace-form");
    await page.getByTestId("replace-submit").click();
    await page.getByTestId("meter-saved").waitFor();
    expect(await page.getByTestId("meter-saved").textContent()).toContain("WC-20-NEW");
    await page.getByText("Arătați și contoarele înlocuite").click();
    await page.locator('[data-meter-id="u020-wc"][data-status="retired"]').waitFor();
    await snap(page, "meters-09-admin-replaced");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("changes the reading window and imports a CSV file, refused whole first", async () => {
    const context = await browser.newContext({ locale: "ro-RO", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watch(page);
    await signIn(page, "admin@example.com", true);
    await page.goto(`${domus.url}/a/${ro}/admin/meters`);
    await page.getByTestId("window-edit").click();
    await page.getByTestId("window-from").fill("18");
    await page.getByTestId("window-to").fill("26");
    await page.getByTestId("window-mode-lenient").check();
    await page.getByTestId("window-save").click();
    await page.locator('[data-testid="window-settings"][data-mode="lenient"][data-from="18"]').waitFor();
    await page.getByTestId("window-form").waitFor({ state: "detached" });
    expect(await page.getByTestId("window-summary").textContent()).toContain("18 nov. 2026 – 26 nov. 2026");
    await snap(page, "meters-10-admin-window");

    const file = page.getByTestId("import-file");
    const csv = (rows: string) => ({ name: "indexuri.csv", mimeType: "text/csv", buffer: Buffer.from(rows) });
    await file.setInputFiles(csv("meterId,value1\nu015-wc,900.000\nu015-wh,abc\n"));
    await page.getByTestId("import-errors").waitFor();
    expect(await page.getByTestId("import-error-row").getAttribute("data-row")).toBe("3");
    await snap(page, "meters-11-admin-import-errors");
    await file.setInputFiles(csv("meterId,value1\nu015-wc,900.000\nu015-wh,900.000\n"));
    await page.getByTestId("import-dry-run").waitFor();
    await page.getByTestId("import-confirm").click();
    await page.getByTestId("import-done").waitFor();
    expect(await page.getByTestId("import-done").textContent()).toContain("2");
    await page.getByRole("checkbox", { name: "Doar apartamentele cu indexuri lipsă" }).uncheck();
    const row = page.locator('[data-testid="status-row"][data-unit-id="u015"]');
    await row.locator('[data-state="submitted"]').nth(1).waitFor();
    await snap(page, "meters-12-admin-imported");

    // On behalf of the owner of apartment 16: the meter is picked by apartment, kind and serial.
    const history = await page.request.get(
      `${domus.url}/api/owner/associations/${ro}/units/u016/meters/u016-wc/history`,
    );
    const last = ((await history.json()) as { readings: { values: string[] }[] }).readings.at(-1)?.values[0];
    await page.getByTestId("enter-meter").selectOption({ label: "Ap. 16 · Apă rece · WC-7115" });
    await page.getByTestId("enter-values-0").fill((Number(last) + 4.25).toFixed(3));
    await page.getByRole("button", { name: "Trimiteți indexurile" }).click();
    await page.getByTestId("enter-reading").locator(".notice--ok").waitFor();
    const unit16 = page.locator('[data-testid="status-row"][data-unit-id="u016"]');
    await unit16.locator('[data-state="submitted"]').first().waitFor();
    await snap(page, "meters-14-admin-entered-on-behalf");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows the administrator the photo an owner attached", async () => {
    const owner = await browser.newContext({ locale: "pl-PL", viewport: { width: 390, height: 844 } });
    const phone = await owner.newPage();
    const problems = watch(phone);
    await signIn(phone, "jan.kowalski@example.com", false);
    await phone.goto(`${domus.url}/a/${pl}/u/u004/meters`);
    await phone.getByTestId("meter-card").first().waitFor();
    const card = phone.locator('[data-meter-id="u004-wc"]');
    const meta = await card.locator(".meter-card__meta").textContent();
    await card.locator('input[type="file"]').setInputFiles({
      name: "licznik.png",
      mimeType: "image/png",
      buffer: await dialPhoto(phone),
    });
    await card.getByText("✓").waitFor();
    await phone.getByTestId("reading-u004-wc-0").fill(await nextValue(meta, 2.4));
    await phone.getByTestId("submit-readings").click();
    await phone.getByTestId("submit-ok").waitFor();
    await owner.close();

    const context = await browser.newContext({ locale: "pl-PL", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    problems.push(...watch(page));
    await signIn(page, "admin@example.com", true);
    await page.goto(`${domus.url}/a/${pl}/admin/meters`);
    await page.getByRole("checkbox").first().uncheck();
    await page.locator('[data-testid="status-row"][data-unit-id="u004"]').getByTestId("photo-open").click();
    const image = page.getByTestId("photo-image");
    await image.waitFor();
    expect(await image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(320);
    await snap(page, "meters-13-admin-photo");
    expect(problems).toEqual([]);
    await context.close();
  });
});
