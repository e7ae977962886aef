import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paymentReminders, penaltiesDaily } from "../../functions/jobs/all";
import { demoPeople, pl, ro } from "../../functions/local/seed/demo-people";
import { accountOpenItems } from "../../functions/payments/account-items";
import { penaltyForDay } from "../../functions/payments/model/penalties";
import { penaltyRuleOf } from "../../functions/payments/penalties/daily";
import { fixedClock } from "../../functions/platform/clock";
import { readAssociation } from "../../functions/registry/associations";
import { startTestDomus, type TestDomus } from "../integration/support/domus";
import { launchChromium, screenshotDir, snap } from "./support/browser";
import { duplicatesOf, mailViewerShows, storedMailCount } from "./support/mail";
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

/** A line of the owner's bill as the page shows it. */
interface BillLine {
  title: string;
  sentence: string;
  details: string;
  minor: number;
  /** Days in the line's day-by-day list (grouped penalties). */
  days: number;
}

/** The owner's bill (charges page) for a period: the lines whose title matches `title`. */
async function billLines(page: Page, path: string, title: RegExp): Promise<BillLine[]> {
  await page.goto(`${domus.url}${path}`);
  await page.getByTestId("charges-total").waitFor(waitLong);
  const lines = await page.getByTestId("charge-line").evaluateAll((nodes) =>
    nodes.map((n) => ({
      title: n.querySelector(".row__title")?.textContent ?? "",
      sentence: n.querySelector('[data-testid="explanation-sentence"]')?.textContent ?? "",
      details: n.querySelector(".explained__details")?.textContent ?? "",
      minor: Number(n.getAttribute("data-amount-minor")),
      days: n.querySelectorAll('[data-testid="penalty-day"]').length,
    })),
  );
  return lines.filter((l) => title.test(l.title));
}

/** How many open debts of a unit accrue a penalty on any of `days` (one bill line each). */
async function debtsWithPenalty(associationId: string, unitId: string, days: readonly string[]): Promise<number> {
  const a = await readAssociation(domus.deps, associationId);
  const rule = a && (await penaltyRuleOf(domus.deps, a));
  if (!rule) return 0;
  const items = await accountOpenItems(domus.deps, associationId, unitId);
  return items.debts.filter((d) =>
    days.some(
      (day) =>
        d.dueDate < day &&
        penaltyForDay(
          { principalMinor: d.principalMinor, dueDate: d.dueDate, payments: d.paid },
          day,
          rule.policy,
          rule.decision,
        ).amountMinor > 0,
    ),
  ).length;
}

const sumOf = async (associationId: string, unitId: string, days: readonly string[]) =>
  (await Promise.all(days.map((day) => expectedPenaltyMinor(associationId, unitId, day)))).reduce((s, m) => s + m, 0);

beforeAll(async () => {
  domus = await startTestDomus({ clock });
  browser = await launchChromium(clock);
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
    expect(await storedMailCount(domus.mailStoreUrl)).toBe(first.sent);

    // The mail viewer is a developer's page: a laptop screen.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const mails = await mailViewerShows(page, domus.mailViewerUrl, Number(first.sent));
    expect(mails).toHaveLength(Number(first.sent));
    expect(duplicatesOf(mails)).toEqual([]);

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
    // The job caught up three days (28–30 November): one line per unpaid charge, not one per day.
    const days = ["2026-11-28", "2026-11-29", "2026-11-30"];
    const lines = await billLines(page, `/a/${pl}/u/u004/charges?period=2026-11`, /^Odsetki od „/);
    expect(lines.length).toBe(await debtsWithPenalty(pl, "u004", days));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      expect(l.title).toMatch(/^Odsetki od „.+” \(listopad 2026\)$/);
      expect(l.sentence).toMatch(/^3 dni, 28\s?–\s?30 lis 2026, [\d,]+\s% dziennie od [\d\s,]+zł = [\d\s,]+zł$/);
      expect(l.days).toBe(3);
    }
    expect(lines.reduce((s, l) => s + l.minor, 0)).toBe(await sumOf(pl, "u004", days));
    // Each day stays there to check, one click away.
    const first = page.getByTestId("penalty-days").first();
    await first.locator("summary").click();
    await first.getByTestId("penalty-day").nth(2).waitFor(waitLong);
    expect(await first.getByTestId("penalty-day").first().textContent()).toMatch(
      /dzień \d+ po terminie: [\d,]+\s% dziennie od/,
    );
    await first.scrollIntoViewIfNeeded();
    await snap(page, "dunning-03-pl-bill-with-interest");
    expect(problems).toEqual([]);
    await context.close();

    // Olga reads in Ukrainian: the same kind of line, written for her, not in the association's Polish.
    const olgaContext = await browser.newContext(phoneIn("uk-UA"));
    const olga = await olgaContext.newPage();
    const olgaProblems = watchConsole(olga);
    await signInAs(olga, domus.url, "olga.shevchenko@example.com");
    const hers = await billLines(olga, `/a/${pl}/u/u009/charges?period=2026-11`, /./);
    const penalties = hers.filter((l) => l.days > 0);
    expect(penalties.length).toBe(await debtsWithPenalty(pl, "u009", days));
    for (const l of penalties) {
      expect(l.title).toMatch(/^Пеня за «.+» \(листопад 2026\sр\.\)$/);
      expect(l.sentence).toMatch(/^3 дні, 28\s?–\s?30 .+ 2026\sр\., [\d,]+\s% на день на [\d\s,]+zł = [\d\s,]+zł$/);
    }
    expect(hers.filter((l) => /Odsetki/.test(`${l.title} ${l.sentence}`))).toEqual([]);
    await snap(olga, "dunning-03b-pl-bill-with-interest-uk");
    expect(olgaProblems).toEqual([]);
    await olgaContext.close();
  }, 90_000);

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
    expect(lines.length).toBe(await debtsWithPenalty(ro, "u012", ["2026-12-26"]));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      expect(l.title).toMatch(/^Penalitate pentru „.+” \(noiembrie 2026\)$/);
      // The explanation says how, without repeating the title.
      expect(l.sentence).toMatch(/^1 zi, 26 dec\.? 2026, 0,2\s% pe zi la [\d.,]+\slei = [\d.,]+\slei$/);
      expect(l.details).toMatch(/scadentă la 25 nov\.? 2026; aceasta este ziua 31 după scadență/);
      expect(l.details).toContain("nr. 3/2026");
      expect(l.days).toBe(0); // one day: the sentence is that day, no list underneath
    }
    expect(lines.reduce((s, l) => s + l.minor, 0)).toBe(expected);
    await snap(ana, "dunning-05-ro-bill-with-penalty");

    // The history: one row per debt for the day, dated, with the running balance.
    await ana.goto(`${domus.url}/a/${ro}/u/u012/history`);
    await ana.getByTestId("history-row").first().waitFor(waitLong);
    const penaltyRows = ana.locator('[data-testid="history-row"][data-kind="penalty"]');
    expect(await penaltyRows.count()).toBe(lines.length);
    expect(await penaltyRows.first().textContent()).toMatch(/^26 dec\.? 2026Penalitate pentru „/);
    await snap(ana, "dunning-06-ro-history-with-penalty");
    expect(problems).toEqual([]);
    await chair.close();
    await owner.close();
  }, 120_000);
});
