import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metersEstimates, metersReminders } from "../../functions/jobs/all";
import { ro } from "../../functions/local/seed/demo-people";
import { fixedClock } from "../../functions/platform/clock";
import { startTestDomus, type TestDomus } from "../integration/support/domus";
import { launchChromium, snap } from "./support/browser";
import { duplicatesOf, mailViewerShows, storedMailCount } from "./support/mail";
import { phoneIn, signInAs, waitLong, watchConsole } from "./support/session";

/**
 * The meter jobs on test dates, seen as people see them: the Romanian window runs from the 20th
 * to the 25th. On the 20th every owner who has not submitted gets the "window open" email; Ana
 * submits on the 21st; on the 23rd (two days before the close) only the others get the reminder;
 * after the close the missing readings are estimated and the administrator sees them marked.
 */
const clock = fixedClock("2026-11-20T08:00:00Z");
const now = () => clock.now().getTime();
let domus: TestDomus;
let browser: Browser;

beforeAll(async () => {
  domus = await startTestDomus({ clock });
  browser = await launchChromium(clock);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await domus?.stop();
});

interface OwnerMeters {
  meters: {
    meter: { meterId: string; registers: { decimals: number }[] };
    previous: { values: string[] } | null;
  }[];
}

describe("meter reminders and estimates", () => {
  it("reminds each owner once when the window opens and once before it closes, only if readings are missing", async () => {
    const opened = await metersReminders(domus.deps, clock.now());
    expect(Number(opened.sent)).toBeGreaterThan(0);
    const reruns = await Promise.all([1, 2, 3].map(() => metersReminders(domus.deps, clock.now())));
    expect(reruns.map((r) => r.sent)).toEqual([0, 0, 0]);
    expect(await storedMailCount(domus.mailStoreUrl)).toBe(opened.sent);

    // Ana enters all three of her meters on her phone the next day.
    clock.set("2026-11-21T09:00:00Z");
    const phone = await browser.newContext(phoneIn("ro-RO"));
    const page = await phone.newPage();
    const problems = watchConsole(page);
    await signInAs(page, domus.url, "ana.popescu@example.com");
    await page.goto(`${domus.url}/a/${ro}/u/u012/meters`);
    await page.getByTestId("meter-card").first().waitFor(waitLong);
    const mine = (await (
      await page.request.get(`${domus.url}/api/owner/associations/${ro}/units/u012/meters`)
    ).json()) as OwnerMeters;
    for (const { meter, previous } of mine.meters)
      for (const [i, register] of meter.registers.entries()) {
        const before = Number(previous?.values[i] ?? "0");
        await page.getByTestId(`reading-${meter.meterId}-${i}`).fill((before + 1.5).toFixed(register.decimals));
      }
    await page.getByTestId("submit-readings").click();

    await page.getByTestId("submit-ok").waitFor(waitLong);
    await page
      .getByTestId("current-reading")
      .nth(mine.meters.length - 1)
      .waitFor(waitLong);
    expect(await page.getByTestId("current-reading").count()).toBe(mine.meters.length);
    await snap(page, "meters-19-ana-submitted-all");
    expect(problems).toEqual([]);
    await phone.close();

    clock.set("2026-11-23T08:00:00Z");
    const closing = await metersReminders(domus.deps, clock.now());
    expect(Number(closing.sent)).toBeGreaterThan(0);
    expect((await metersReminders(domus.deps, clock.now())).sent).toBe(0);

    const laptop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const viewer = await laptop.newPage();
    const total = Number(opened.sent) + Number(closing.sent);
    const mails = await mailViewerShows(viewer, domus.mailViewerUrl, total);
    expect(mails).toHaveLength(total);
    expect(duplicatesOf(mails)).toEqual([]);
    const to = (email: string) => mails.filter((m) => m.to === email).map((m) => m.subject);
    expect(to("ana.popescu@example.com")).toEqual([
      "Transmiterea indexurilor a început — Asociația de Proprietari Lalelelor M7",
    ]);
    const closingSubject = "Mai sunt două zile pentru indexuri — Asociația de Proprietari Lalelelor M7";
    expect(mails.filter((m) => m.subject === closingSubject)).toHaveLength(
      mails.filter((m) => m.subject.startsWith("Mai sunt")).length,
    );
    expect(mails.some((m) => m.subject === closingSubject)).toBe(true);
    await snap(viewer, "meters-20-reminders-mail-viewer");
    await laptop.close();
  });

  it("estimates the missing readings once the window has closed, and the administrator sees them marked", async () => {
    clock.set("2026-11-26T06:00:00Z");
    const first = await metersEstimates(domus.deps, clock.now());
    expect(Number(first.estimated)).toBeGreaterThan(0);
    expect((await metersEstimates(domus.deps, clock.now())).estimated).toBe(0);

    const context = await browser.newContext({ locale: "ro-RO", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAs(page, domus.url, "admin@example.com", { totp: true, now });
    await page.goto(`${domus.url}/a/${ro}/admin/meters`);
    await page.getByTestId("status-table").waitFor(waitLong);
    await page.getByLabel("Luna", { exact: true }).fill("2026-11");
    await page.getByRole("checkbox", { name: "Doar apartamentele cu indexuri lipsă" }).uncheck();
    const estimated = page.locator('[data-testid="status-table"] [data-state="estimated"]');
    await estimated.first().waitFor(waitLong);
    // The job ran for every association whose window closed; this page shows the Romanian ones.
    expect(await estimated.count()).toBeGreaterThan(0);
    expect(await estimated.count()).toBeLessThanOrEqual(Number(first.estimated));
    const ana = page.locator('[data-testid="status-row"][data-unit-id="u012"]');
    expect(await ana.locator('[data-state="estimated"]').count()).toBe(0);
    await snap(page, "meters-21-admin-estimates");
    expect(problems).toEqual([]);
    await context.close();
  });
});
