import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword, demoTotpSecret, pl, ro } from "../../functions/local/seed/demo-people";
import { startTestDomus, type TestDomus } from "../integration/support/domus";
import { freshCode } from "../integration/support/identity";
import { launchChromium, snap } from "./support/browser";

/**
 * The billing issue's "done when", in Chromium: a chairman sets up the registry from a CSV,
 * defines a rule, enters the month's invoice with its allocation preview, drafts, reviews and
 * publishes the payment list; then an owner sees the explained charges and downloads a receipt
 * PDF. Once for the Romanian demo association, shorter for the Polish one. The period is
 * December 2026: the demo seed publishes September to November only.
 */
const period = "2026-12";
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };

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

/** Console errors and page errors, minus the 401 the app's first `/api/me` expects before sign-in. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  const expected = /Failed to load resource: .*status of (401|404|400|422)/;
  page.on("console", (m) => m.type() === "error" && !expected.test(m.text()) && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  if (process.env.DEBUG_E2E) {
    page.on("pageerror", (e) => console.log("pageerror", e.stack));
    page.on("console", (m) => console.log("console", m.type(), m.text()));
    page.on(
      "response",
      (r) => r.url().includes("/api/") && console.log("resp", r.status(), r.request().method(), r.url()),
    );
  }
  return problems;
}

/** A privileged person signs in through the API in the browser context (password, then TOTP). */
async function signInWithTotp(context: BrowserContext, email: string): Promise<void> {
  const headers = { "x-csrf-token": "anonymous" };
  const first = await context.request.post(`${domus.url}/api/auth/sign-in`, {
    headers,
    data: { email, password: demoPassword },
  });
  expect(first.status()).toBe(200);
  const body = (await first.json()) as { challenge?: string; challengeToken?: string };
  if (body.challenge !== "totp") return;
  const code = await freshCode(email, demoTotpSecret);
  const second = await context.request.post(`${domus.url}/api/auth/sign-in/totp`, {
    headers,
    data: { challengeToken: body.challengeToken, code },
  });
  expect(second.status()).toBe(200);
}

/** An owner signs in through the sign-in page, like a person. */
async function signInOwner(page: Page, email: string): Promise<void> {
  await page.goto(`${domus.url}/sign-in`);
  await page.getByTestId("sign-in-email").fill(email);
  await page.getByTestId("sign-in-password").fill(demoPassword);
  await page.getByTestId("sign-in-submit").click();
  await page.getByTestId("owner-balance-total").waitFor();
}

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

/** The demo's RO units as a CSV (matched by number) plus two new ones; shares left to be computed from areas. */
function roUnitsCsv(): string {
  const areas = ["38.50", "54.30", "62.10", "71.80"];
  const rows = ["number;building;staircase;type;floor;area;sharePpm;persons;personsFrom;paymentReference"];
  for (let i = 0; i < 26; i++) {
    const n = String(i + 1);
    const persons = i === 11 ? 3 : 1 + (i % 4);
    rows.push(
      [
        n,
        "M7",
        i < 13 ? "A" : "B",
        "apartment",
        Math.floor(i / 4),
        areas[i % 4],
        "",
        persons,
        "2026-01-01",
        `M7-${n.padStart(3, "0")}`,
      ].join(";"),
    );
  }
  return `${rows.join("\n")}\n`;
}

const badCsv = [
  "unitId,number,building,staircase,type,floor,area,sharePpm,persons,personsFrom,paymentReference",
  ",1,M7,A,apartment,0,-38.50,,2,2026-01-01,M7-001",
  "nosuch,2,M7,A,apartment,0,54.30,,-1,2026-01-01,M7-002",
  ",3,M7,A,apartment,x,62.10,,1,2026-01-01,M7-001",
].join("\n");

describe("billing in the browser: Romanian demo association", () => {
  it("the chairman imports units, defines a rule, enters an invoice with preview, drafts, reviews and publishes", async () => {
    const context = await browser.newContext({ locale: "ro-RO", viewport: desktop });
    const page = await context.newPage();
    const problems = watch(page);
    await signInWithTotp(context, "ion.ionescu@example.com");

    // Import: a file with mistakes shows every row-level problem and writes nothing…
    await page.goto(`${domus.url}/a/${ro}/admin/units/import`);
    await page
      .getByTestId("import-file")
      .setInputFiles({ name: "greșit.csv", mimeType: "text/csv", buffer: Buffer.from(badCsv) });
    await page.getByTestId("import-error-table").waitFor();
    const errorRows = page.getByTestId("import-error-row");
    expect(await errorRows.count()).toBeGreaterThanOrEqual(4);
    const errorText = await page.getByTestId("import-error-table").textContent();
    expect(errorText).toContain("area");
    expect(errorText).toContain("persons");
    expect(errorText).toContain("unitId");
    await snap(page, "billing-01-import-errors-ro-desktop");

    // …then the right file: dry run, confirm, done.
    await page
      .getByTestId("import-file")
      .setInputFiles({ name: "apartamente.csv", mimeType: "text/csv", buffer: Buffer.from(roUnitsCsv()) });
    await page.getByTestId("import-dry-run").waitFor();
    expect(await page.getByTestId("import-dry-run").textContent()).toMatch(/2\D+24/);
    await page.getByTestId("import-confirm").click();
    await page.getByTestId("import-done").waitFor();
    await page.goto(`${domus.url}/a/${ro}/admin/units`);
    await page.getByTestId("units-table").waitFor();
    expect(await page.getByTestId("unit-row").count()).toBe(26);
    expect(await page.getByTestId("units-shares").getAttribute("data-complete")).toBe("true");
    await snap(page, "billing-02-units-ro-desktop");

    // A charge rule with the assembly's decision behind it.
    await page.goto(`${domus.url}/a/${ro}/admin/rules`);
    await page.getByTestId("rule-add").click();
    await page.getByTestId("rule-name").fill("Salubrizare");
    await page.getByTestId("rule-method").selectOption("rate_person");
    await page.getByTestId("rule-amount").fill("6,50");
    const form = page.getByTestId("rule-form");
    await form.getByLabel("Din luna").fill(period);
    await form.getByLabel(/Nr. hotărârii/).fill("7");
    await form.getByLabel("Data hotărârii").fill("2026-11-10");
    await snap(page, "billing-03-rule-form-ro-desktop");
    await page.getByTestId("rule-save").click();
    await page.getByTestId("rule-saved").waitFor();
    expect(await page.getByTestId("rules-table").textContent()).toContain("Salubrizare");

    // A seeded rule edited once: its history lists both versions, newest first, with who and what changed.
    const seeded = page.getByTestId("rule-row").filter({ hasText: "Administrare" });
    await seeded.getByRole("button", { name: /^Modifică/ }).click();
    await page.getByTestId("rule-amount").fill("16,00");
    await page.getByTestId("rule-save").click();
    await page.getByTestId("rule-saved").waitFor();
    await seeded.getByRole("button", { name: /^Arată istoricul/ }).click();
    await page.getByTestId("rule-version").nth(1).waitFor();
    const versions = page.getByTestId("rule-version");
    expect(await versions.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-version")))).toEqual(["2", "1"]);
    const newest = await versions.first().textContent();
    expect(newest).toContain("Ion Ionescu");
    expect(newest).toMatch(/Sumă: [\d,]+ → 16,00/);
    await snap(page, "billing-03b-rule-history-ro-desktop");
    await page.getByTestId("rule-history-close").click();

    // December's water invoice, split by consumption with the building difference by persons; preview first.
    await page.goto(`${domus.url}/a/${ro}/admin/invoices?period=${period}`);
    await page.getByTestId("invoice-form").waitFor();
    await page.getByTestId("invoice-name").fill("Apă rece");
    await page.getByTestId("invoice-supplier").fill("Compania de Apă Someș");
    await page.getByTestId("invoice-number").fill("CJ-202612-118");
    await page.getByTestId("invoice-date").fill("2026-12-03");
    await page.getByTestId("invoice-amount").fill("2612,40");
    await page.getByTestId("invoice-key").selectOption("consumption");
    await page.getByLabel("Contorul blocului (opțional)").fill("190");
    const inputs = page.locator(".unit-picker--inputs input");
    expect(await inputs.count()).toBe(26);
    for (let i = 0; i < 26; i++) await inputs.nth(i).fill(`${5 + (i % 4)},${i % 10}`);
    await page.getByTestId("invoice-preview-button").click();
    await page.getByTestId("invoice-preview").waitFor();
    expect(await page.getByTestId("preview-row").count()).toBe(26);
    const previewTotal = await page.getByTestId("invoice-preview-total").textContent();
    expect(previewTotal).toContain("2.612,40");
    const firstPreview = await page.getByTestId("preview-row").first().textContent();
    expect(firstPreview).toContain("m³");
    expect(firstPreview).toContain("din diferența pe bloc");
    await snap(page, "billing-04-invoice-preview-ro-desktop");
    await page.getByTestId("invoice-save").click();
    await page.getByTestId("invoice-saved").waitFor();
    expect(await page.getByTestId("invoice-row").count()).toBe(1);

    // Draft → review → publish.
    await page.goto(`${domus.url}/a/${ro}/admin/billing`);
    await page.getByTestId("billing-period").fill(period);
    await page.getByTestId("billing-draft").click();
    await page.waitForURL(`**/admin/billing/${period}`);
    await page.getByTestId("review-totals").waitFor();
    expect(await page.getByTestId("billing-steps").getAttribute("data-current")).toBe("review");
    expect(await page.getByTestId("review-unit-row").count()).toBe(26);
    const chargeNames = await page.getByTestId("review-charges").textContent();
    expect(chargeNames).toContain("Salubrizare");
    expect(chargeNames).toContain("Apă rece");
    await page.getByTestId("review-unit-row").nth(11).getByRole("button").click();
    await page.getByTestId("review-unit-detail").waitFor();
    await snap(page, "billing-05-review-ro-desktop");
    await page.setViewportSize(phone);
    await snap(page, "billing-06-review-ro-phone");
    await page.setViewportSize(desktop);

    await page.getByTestId("publish").click();
    await page.getByTestId("publish-confirm").waitFor();
    await snap(page, "billing-07-publish-confirm-ro-desktop");
    await page.getByTestId("publish-confirm").click();
    await page.getByTestId("published").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("billing-steps").getAttribute("data-current")).toBe("published");

    const [pdf] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download-payment-list-pdf").click(),
    ]);
    expect((await bytesOf(pdf)).subarray(0, 4).toString("latin1")).toBe("%PDF");
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download-payment-list-csv").click(),
    ]);
    expect((await bytesOf(csv)).toString("utf8")).toContain("Salubrizare");
    // The list as stored at publishing: when, and the fingerprint of exactly the bytes downloaded.
    await page.getByTestId("published-record").waitFor();
    expect(await page.getByTestId("published-at").textContent()).toMatch(/Publicată pe/);
    const pdfHash = createHash("sha256")
      .update(await bytesOf(pdf))
      .digest("hex");
    expect(await page.getByTestId("record-pdf-hash").getAttribute("data-sha256")).toBe(pdfHash);
    expect(await page.getByTestId("record-pdf-hash").textContent()).toBe(pdfHash.slice(0, 12));
    await snap(page, "billing-08-published-ro-desktop");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("the owner sees December's explained charges and balance, and downloads the receipt PDF", async () => {
    const context = await browser.newContext({ locale: "ro-RO", viewport: phone });
    const page = await context.newPage();
    const problems = watch(page);
    await signInOwner(page, "ana.popescu@example.com");
    expect(Number(await page.getByTestId("owner-balance-total").getAttribute("data-total-minor"))).toBeGreaterThan(0);
    await page.getByTestId("link-charges").waitFor();
    await snap(page, "billing-09-owner-home-ro-phone");

    await page.getByTestId("menu-button").click();
    await page.getByTestId("nav-owner").waitFor();
    await snap(page, "billing-10-owner-menu-ro-phone");
    await page.getByTestId("nav-owner.charges").click();

    await page.getByTestId("charge-line").first().waitFor();
    const sentences = (await page.getByTestId("explanation-sentence").allTextContents()).join("\n");
    expect(sentences).toMatch(
      /Apă rece: [\d,]+ m³ × [\d,.]+\slei \+ 3 persoane × [\d,.]+\slei din diferența pe bloc = [\d,.]+\slei/,
    );
    expect(sentences).toMatch(/Salubrizare: 3 persoane × 6,50\slei = 19,50\slei/);
    const decisions = (await page.getByTestId("explanation-decision").allTextContents()).join("\n");
    expect(decisions).toContain("nr. 7");
    expect(await page.getByTestId("charges-total").textContent()).toMatch(/lei|RON/);
    await snap(page, "billing-11-owner-charges-ro-phone");

    const [receipt] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-receipt").click()]);
    expect((await bytesOf(receipt)).subarray(0, 4).toString("latin1")).toBe("%PDF");

    await page.goto(`${domus.url}/a/${ro}/u/u012/history`);
    await page.getByTestId("history-row").first().waitFor();
    expect(Number(await page.getByTestId("history-balance").getAttribute("data-balance-minor"))).toBeGreaterThan(0);
    await snap(page, "billing-12-owner-history-ro-phone");

    await page.goto(`${domus.url}/a/${ro}/u/u012/statements`);
    await page.getByTestId("statement-from").fill("2026-09");
    await page.getByTestId("statement-to").fill(period);
    await page.getByTestId("statement-show").click();
    await page.getByTestId("statement-row").first().waitFor();
    await page.getByTestId("year-row").first().waitFor();
    await snap(page, "billing-13-owner-statements-ro-phone");

    await page.setViewportSize(desktop);
    await page.goto(`${domus.url}/a/${ro}/u/u012/charges`);
    await page.getByTestId("charge-line").first().waitFor();
    await snap(page, "billing-14-owner-charges-ro-desktop");
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("billing in the browser: Polish demo association", () => {
  it("the chairman defines a rule, enters an invoice with preview and publishes; the owner sees it and gets the receipt", async () => {
    const context = await browser.newContext({ locale: "pl-PL", viewport: desktop });
    const page = await context.newPage();
    const problems = watch(page);
    await signInWithTotp(context, "ewa.nowak@example.com");

    await page.goto(`${domus.url}/a/${pl}/admin/rules`);
    await page.getByTestId("rule-add").click();
    await page.getByTestId("rule-name").fill("Fundusz obrotowy");
    await page.getByTestId("rule-method").selectOption("split_share");
    await page.getByTestId("rule-amount").fill("800");
    await page.getByTestId("rule-fund").selectOption("working_capital");
    await page.getByTestId("rule-form").getByLabel("Od miesiąca").fill(period);
    await page.getByTestId("rule-save").click();
    await page.getByTestId("rule-saved").waitFor();

    await page.goto(`${domus.url}/a/${pl}/admin/invoices?period=${period}`);
    await page.getByTestId("invoice-name").fill("Sprzątanie klatek");
    await page.getByTestId("invoice-supplier").fill("Czysty Dom sp. z o.o.");
    await page.getByTestId("invoice-number").fill("FV/12/2026/41");
    await page.getByTestId("invoice-date").fill("2026-12-02");
    await page.getByTestId("invoice-amount").fill("640,00");
    await page.getByTestId("invoice-key").selectOption("area");
    await page.getByTestId("invoice-preview-button").click();
    await page.getByTestId("invoice-preview").waitFor();
    expect(await page.getByTestId("invoice-preview-total").textContent()).toContain("640,00");
    await snap(page, "billing-15-invoice-preview-pl-desktop");
    await page.getByTestId("invoice-save").click();
    await page.getByTestId("invoice-saved").waitFor();

    await page.goto(`${domus.url}/a/${pl}/admin/billing`);
    await page.getByTestId("billing-period").fill(period);
    await page.getByTestId("billing-draft").click();
    await page.getByTestId("review-totals").waitFor();
    await page.getByTestId("publish").click();
    await page.getByTestId("publish-confirm").click();
    await page.getByTestId("published").waitFor({ timeout: 30_000 });
    await snap(page, "billing-16-published-pl-desktop");
    expect(problems).toEqual([]);
    await context.close();

    const ownerContext = await browser.newContext({ locale: "pl-PL", viewport: phone });
    const owner = await ownerContext.newPage();
    const ownerProblems = watch(owner);
    await signInOwner(owner, "jan.kowalski@example.com");
    await owner.getByTestId("link-charges").click();
    await owner.getByTestId("charge-line").first().waitFor();
    const sentences = (await owner.getByTestId("explanation-sentence").allTextContents()).join("\n");
    expect(sentences).toMatch(/Sprzątanie klatek: [\d,]+ m² × [\d,\s]+zł = [\d,\s]+zł/);
    expect(sentences).toContain("Fundusz obrotowy");
    expect(await owner.getByTestId("charges-total").textContent()).toMatch(/zł|PLN/);
    await snap(owner, "billing-17-owner-charges-pl-phone");
    const [receipt] = await Promise.all([
      owner.waitForEvent("download"),
      owner.getByTestId("download-receipt").click(),
    ]);
    expect((await bytesOf(receipt)).subarray(0, 4).toString("latin1")).toBe("%PDF");
    expect(ownerProblems).toEqual([]);
    await ownerContext.close();
  });
});

describe("the unit registry in the browser", () => {
  it("deletes a unit added by mistake, and refuses one that already has charges", async () => {
    const context = await browser.newContext({ locale: "ro-RO", viewport: desktop });
    const page = await context.newPage();
    const problems = watch(page);
    page.on("dialog", (dialog) => void dialog.accept());
    await signInWithTotp(context, "ion.ionescu@example.com");
    await page.goto(`${domus.url}/a/${ro}/admin/units`);
    await page.getByTestId("units-table").waitFor();
    const before = await page.getByTestId("unit-row").count();

    await page.getByRole("button", { name: "Adaugă o unitate" }).click();
    const form = page.getByTestId("unit-form");
    await form.getByLabel("Nr.", { exact: true }).fill("99");
    await form.getByLabel("Suprafața utilă (m²)").fill("12.40");
    await form.getByLabel("Referința de plată").fill("M7-099");
    await page.getByTestId("unit-save").click();
    await page.locator('[data-testid="unit-row"]', { hasText: "M7-099" }).waitFor();
    expect(await page.getByTestId("unit-row").count()).toBe(before + 1);

    await page.getByRole("button", { name: "Ștergeți apartamentul 99" }).click();
    await page.locator('[data-testid="unit-row"]', { hasText: "M7-099" }).waitFor({ state: "detached" });
    expect(await page.getByTestId("unit-row").count()).toBe(before);

    await page.getByRole("button", { name: "Ștergeți apartamentul 1", exact: true }).click();
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").textContent()).toMatch(/\S/);
    expect(await page.getByTestId("unit-row").count()).toBe(before);
    await snap(page, "billing-18-unit-delete-refused-ro-desktop");
    expect(problems.filter((p) => !/status of 409/.test(p))).toEqual([]);
    await context.close();
  });
});
