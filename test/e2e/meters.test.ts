import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../functions/platform/clock";
import { startTestDomus, type TestDomus } from "../integration/support/domus";
import { launchChromium, snap } from "./support/browser";

// Inside the Romanian window (20th–25th of the month).
const clock = fixedClock("2026-11-21T10:00:00Z");
let domus: TestDomus;
let browser: Browser;

beforeAll(async () => {
  domus = await startTestDomus({ clock });
  browser = await launchChromium();
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
