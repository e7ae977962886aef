import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPeople, pl, ro } from "../../functions/local/seed/demo-people";
import { accountOpenItems } from "../../functions/payments/account-items";
import { penaltyForDay } from "../../functions/payments/model/penalties";
import { penaltyRuleOf } from "../../functions/payments/penalties/daily";
import { penaltiesDaily } from "../../functions/payments/penalties/job";
import { paymentReminders } from "../../functions/payments/reminders/job";
import { fixedClock } from "../../functions/platform/clock";
import { readAssociation } from "../../functions/registry/associations";
import { startTestDomus, type TestDomus } from "../integration/support/domus";
import { launchChromium, screenshotDir, snap } from "./support/browser";
import { phoneIn, signInAs, waitLong, watchConsole } from "./support/session";

/**
 * Reminders and penalties on test dates, in Chromium. The server's clock is fixed and moved by the
 * test; the scheduled jobs are the functions the scheduler calls. The seeded November lists are
 * due on 2026-11-25 (Romania) and 2026-11-10 (Poland).
 */
let domus: TestDomus;
let browser: Browser;
const clock = fixedClock("2026-11-30T08:00:00Z");
const now = () => clock.now().getTime();

interface ViewerMail {
  to: string;
  subject: string;
}

/** The emails the local mail viewer (the SES stand-in's own page) shows, as a person reads them. */
async function mailViewerShows(page: Page, expected: number): Promise<ViewerMail[]> {
  await page.goto(domus.mailViewerUrl);
  await page.waitForFunction((n) => document.querySelectorAll(".email").length >= n, expected, waitLong);
  return page.$$eval(".email", (nodes) =>
    nodes.map((n) => {
      const field = (label: string) =>
        [...n.querySelectorAll("p")].find((p) => p.textContent?.startsWith(`${label}:`))?.textContent ?? "";
      return { to: field("To").replace(/^To:\s*/, ""), subject: field("Subject").replace(/^Subject:\s*/, "") };
    }),
  );
}

async function storedMailCount(): Promise<number> {
  const store = (await (await fetch(domus.mailStoreUrl)).json()) as { emails: unknown[] };
  return store.emails.length;
}

/** The penalty of each open debt of a unit on one day, by the pure model and the association's rule. */
async function expectedPenaltyMinor(associationId: string, unitId: string, day: string): Promise<number> {
  const a = await readAssociation(domus.deps, associationId);
  const rule = a && (await penaltyRuleOf(domus.deps, a));
  if (!rule) return 0;
  const items = await accountOpenItems(domus.deps, associationId, unitId);
  return items.debts
    .filter((d) => d.dueDate < day)
    .map((d) => ({ principalMinor: d.principalMinor, dueDate: d.dueDate, payments: d.paid }))
    .reduce((s, debt) => s + penaltyForDay(debt, day, rule.policy, rule.decision).amountMinor, 0);
}

/** The owner's bill (charges page) for a period: the lines whose text starts with `prefix`. */
async function billLines(page: Page, path: string, prefix: RegExp): Promise<{ text: string; minor: number }[]> {
  await page.goto(`${domus.url}${path}`);
  await page.getByTestId("charges-total").waitFor(waitLong);
  const lines = await page
    .getByTestId("charge-line")
    .evaluateAll((nodes) =>
      nodes.map((n) => ({ text: n.textContent ?? "", minor: Number(n.getAttribute("data-amount-minor")) })),
    );
  return lines.filter((l) => prefix.test(l.text));
}

beforeAll(async () => {
  domus = await startTestDomus({ clock });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await domus?.stop();
});

describe("reminders in the local mail viewer", () => {
  it("every owner who owes gets each reminder once, in their language, however often the job runs", async () => {
    const first = await paymentReminders(domus.deps, clock.now());
    expect(first.sent).toBeGreaterThan(0);
    const reruns = await Promise.all([1, 2, 3].map(() => paymentReminders(domus.deps, clock.now())));
    expect(reruns.map((r) => r.sent)).toEqual([0, 0, 0]);
    expect(await storedMailCount()).toBe(first.sent);

    // The mail viewer is a developer's page: a laptop screen.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const mails = await mailViewerShows(page, Number(first.sent));
    expect(mails).toHaveLength(Number(first.sent));
    const copies = new Map<string, number>();
    for (const m of mails) copies.set(`${m.to} ${m.subject}`, (copies.get(`${m.to} ${m.subject}`) ?? 0) + 1);
    expect([...copies.entries()].filter(([, n]) => n > 1)).toEqual([]);

    const owners = demoPeople.filter((p) => p.memberships.some((m) => m.roles.some((r) => r.endsWith("owner"))));
    const to = (email: string) => mails.filter((m) => m.to === email).map((m) => m.subject);
    for (const owner of owners) expect(to(owner.email).length, owner.email).toBeGreaterThan(0);
    // Day 5 after the Romanian due date: the first reminder; day 20 after the Polish one: the second.
    expect(to("ana.popescu@example.com")).toEqual([
      "Asociația de Proprietari Lalelelor M7: reamintire de plată pentru apartamentul 12, noiembrie 2026",
    ]);
    expect(to("jan.kowalski@example.com")).toEqual([
      "Wspólnota Mieszkaniowa Różana 12: drugie przypomnienie — zaległość za lokal 4, listopad 2026",
    ]);
    expect(to("olga.shevchenko@example.com")).toEqual([
      "Wspólnota Mieszkaniowa Różana 12: друге нагадування — заборгованість за квартиру 9, листопад 2026 р.",
    ]);
    expect(to("elena.georgescu@example.com")).toEqual([]); // a resident, not an owner
    await snap(page, "dunning-01-mail-viewer");

    // Jan's letter, opened in the viewer: in Polish, with the amount, the due date and how to pay.
    const jan = page.locator(".email").filter({ hasText: "jan.kowalski@example.com" });
    await jan.getByRole("button", { name: "Toggle text view" }).click();
    const text = (await jan.locator(".email-text").textContent()) ?? "";
    expect(text).toContain("opłata za listopad 2026 za lokal 4 (termin 10 listopada 2026) nadal nie wpłynęła");
    expect(text).toMatch(/Kwota do zapłaty: 732,66\s*zł/);
    expect(text).toContain("tytuł R12-004");
    await jan.screenshot({ path: join(screenshotDir, "dunning-02-mail-to-jan.png") });
    await context.close();
  }, 60_000);
});

describe("penalties by country profile on test dates", () => {
  it("Poland: statutory interest from the day after the due date appears on Jan's November bill", async () => {
    await penaltiesDaily(domus.deps, clock.now());
    const context = await browser.newContext(phoneIn("pl-PL"));
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAs(page, domus.url, "jan.kowalski@example.com");
    const lines = await billLines(page, `/a/${pl}/u/u004/charges?period=2026-11`, /^Odsetki za /);
    // The job catches up three days (28–30 November), one line per day and unpaid charge.
    for (const [day, words] of [
      ["2026-11-28", "28 listopada 2026"],
      ["2026-11-29", "29 listopada 2026"],
      ["2026-11-30", "30 listopada 2026"],
    ] as const) {
      const ofDay = lines.filter((l) => l.text.startsWith(`Odsetki za ${words}:`));
      expect(ofDay.length, day).toBeGreaterThan(0);
      expect(ofDay.reduce((s, l) => s + l.minor, 0)).toBe(await expectedPenaltyMinor(pl, "u004", day));
    }
    await snap(page, "dunning-03-pl-bill-with-interest");
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it("Romania: nothing on day 30, nothing without the recorded decision, then 0.2 % a day from day 31", async () => {
    clock.set("2026-12-25T08:00:00Z");
    await penaltiesDaily(domus.deps, clock.now());
    expect(await expectedPenaltyMinor(ro, "u012", "2026-12-25")).toBe(0);

    clock.set("2026-12-26T08:00:00Z");
    const chair = await browser.newContext(phoneIn("ro-RO"));
    const admin = await chair.newPage();
    const problems = watchConsole(admin);
    await signInAs(admin, domus.url, "ion.ionescu@example.com", { totp: true, now });
    await admin.goto(`${domus.url}/a/${ro}/admin/payments/settings`);
    const number = admin.getByLabel("Numărul hotărârii");
    await number.waitFor(waitLong);
    expect(await number.inputValue()).toBe("3/2026");
    await snap(admin, "dunning-04-ro-penalty-decision");
    // The decision is withdrawn: the law allows no penalty without it.
    await number.fill("");
    await admin.getByRole("button", { name: "Salvează" }).first().click();
    await admin.getByText("Nu se calculează penalități", { exact: true }).waitFor(waitLong);
    await penaltiesDaily(domus.deps, clock.now());

    const owner = await browser.newContext(phoneIn("ro-RO"));
    const ana = await owner.newPage();
    problems.push(...watchConsole(ana));
    await signInAs(ana, domus.url, "ana.popescu@example.com");
    expect(await billLines(ana, `/a/${ro}/u/u012/charges?period=2026-12`, /^Penalitate/)).toEqual([]);

    // Recorded again (decision 3/2026, 0.2 % a day): the next run charges day 31.
    await number.fill("3/2026");
    await admin.getByRole("button", { name: "Salvează" }).first().click();
    await admin.getByText("Se calculează penalități", { exact: true }).waitFor(waitLong);
    await penaltiesDaily(domus.deps, clock.now());
    const expected = await expectedPenaltyMinor(ro, "u012", "2026-12-26");
    expect(expected).toBeGreaterThan(0);
    const lines = await billLines(ana, `/a/${ro}/u/u012/charges?period=2026-12`, /^Penalitate/);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      expect(l.text).toMatch(/^Penalitate pentru 26 decembrie 2026: 0,2 % pe zi la [\d.,]+ lei neplătit din „/);
      expect(l.text).toContain("ziua 31 după scadența 25 noiembrie 2026");
    }
    expect(lines.reduce((s, l) => s + l.minor, 0)).toBe(expected);
    await snap(ana, "dunning-05-ro-bill-with-penalty");
    expect(problems).toEqual([]);
    await chair.close();
    await owner.close();
  }, 120_000);
});
