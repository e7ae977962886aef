import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paymentReminders } from "../../functions/jobs/all";
import { ro } from "../../functions/local/seed/demo-people";
import { fixedClock } from "../../functions/platform/clock";
import { startTestDomus, type TestDomus } from "../integration/support/domus";
import { launchChromium, snap } from "./support/browser";
import { phoneIn, signInAs, waitLong, watchConsole } from "./support/session";

/**
 * The inbox as people see it: the payment reminder job runs on the fifth day after the Romanian
 * due date; Ana's bell counts it, the inbox lists it in her language and links to paying, and the
 * profile shows the formal notice as always on. The chairman, who owes nothing, has a bell too.
 */
const clock = fixedClock("2026-11-30T08:00:00Z");
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

describe("the inbox", () => {
  it("counts, lists and links the owner's reminder; the profile keeps legal notices on", async () => {
    expect(Number((await paymentReminders(domus.deps, clock.now())).sent)).toBeGreaterThan(0);
    const context = await browser.newContext(phoneIn("ro-RO"));
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAs(page, domus.url, "ana.popescu@example.com");
    const bell = page.getByTestId("inbox-bell");
    await page.getByTestId("inbox-unread").waitFor(waitLong);
    expect(await page.getByTestId("inbox-unread").textContent()).toBe("1");
    expect(await bell.getAttribute("aria-label")).toBe("Notificări necitite: 1");
    await snap(page, "notifications-01-bell");

    await bell.click();
    const item = page.getByTestId("inbox-item").first();
    await item.waitFor(waitLong);
    expect(await item.textContent()).toContain("plata pentru noiembrie 2026 a apartamentului 12");
    await snap(page, "notifications-02-inbox");
    await item.getByRole("link", { name: "Deschide" }).click();
    await page.waitForURL((url) => url.pathname === `/a/${ro}/u/u012/pay`, waitLong);
    await page.waitForFunction(() => !document.querySelector('[data-testid="inbox-unread"]'), undefined, waitLong);

    await page.goto(`${domus.url}/account`);
    const notice = page.getByTestId("pref-payments.formal_notice-email");
    await notice.waitFor(waitLong);
    expect(await notice.isChecked()).toBe(true);
    expect(await notice.isDisabled()).toBe(true);
    const first = page.getByTestId("pref-payments.reminder_first-email");
    await first.uncheck();
    await page.waitForFunction(
      () => !(document.querySelector('[data-testid="pref-payments.reminder_first-email"]') as HTMLInputElement).checked,
      undefined,
      waitLong,
    );
    expect(await page.getByText("Răspunsuri la mesajele mele").count()).toBe(0);
    await snap(page, "notifications-03-profile-choices");
    expect(problems).toEqual([]);
    await context.close();

    const chair = await browser.newContext(phoneIn("ro-RO"));
    const admin = await chair.newPage();
    await signInAs(admin, domus.url, "ion.ionescu@example.com", { totp: true, now });
    await admin.getByTestId("inbox-bell").waitFor(waitLong);
    expect(await admin.getByTestId("inbox-bell").getAttribute("data-unread")).toBe("0");
    await chair.close();
  }, 90_000);
});
