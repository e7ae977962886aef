import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword, demoTotpSecret, ro } from "../../functions/local/seed/demo-people";
import { startTestDomus, type TestDomus } from "../integration/support/domus";
import { freshCode, latestMailTo, tokenFromMail } from "../integration/support/identity";
import { launchChromium, snap } from "./support/browser";

/**
 * The identity screens in Chromium on a phone: the chairman invites a new owner, who sets a
 * password, turns on TOTP, saves the recovery codes, signs out and back in with a code; then a
 * forgotten password is reset by email and a recovery code gets her in.
 */
let domus: TestDomus;
let browser: Browser;

const phone = { viewport: { width: 390, height: 844 }, locale: "en-GB" };
const chairman = "ion.ionescu@example.com";
const newOwner = `irina.vasile.${Date.now()}@example.com`;
const newPassword = "linden trees by the river";
const resetPassword = "a quiet courtyard in spring";
const waitLong = { timeout: 20_000 };

/** Console errors and page errors, except the 401 of `/api/me` before sign-in. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  const expected = /Failed to load resource: .*status of (400|401|422)/;
  page.on("console", (m) => m.type() === "error" && !expected.test(m.text()) && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  return problems;
}

async function mailToken(to: string, path: string): Promise<string> {
  for (let i = 0; i < 40; i++) {
    const mail = await latestMailTo(domus.mailStoreUrl, to);
    if (mail && new RegExp(`/${path}/`).test(mail.body.text ?? "")) return tokenFromMail(mail, path);
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`no ${path} email for ${to}`);
}

async function signInWithPassword(page: Page, email: string, password: string): Promise<void> {
  await page.getByTestId("sign-in-email").fill(email);
  await page.getByTestId("sign-in-password").fill(password);
  await page.getByTestId("sign-in-submit").click();
}

let recoveryCodes: string[] = [];
let ownerSecret = "";

beforeAll(async () => {
  domus = await startTestDomus();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await domus?.stop();
});

describe("identity in the browser", () => {
  let chair: BrowserContext;

  it("the chairman signs in with a TOTP code and invites a new owner by email", async () => {
    chair = await browser.newContext(phone);
    const page = await chair.newPage();
    const problems = watch(page);
    await page.goto(`${domus.url}/sign-in`);
    await page.getByTestId("forgot-password-link").waitFor();
    await signInWithPassword(page, chairman, demoPassword);
    await page.getByTestId("totp-challenge").waitFor();
    // The code field takes focus by itself.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("totp-code");
    await snap(page, "identity-01-totp-challenge");
    await page.getByTestId("totp-code").fill(await freshCode(chairman, demoTotpSecret));
    await page.getByTestId("totp-submit").click();
    await page.getByTestId("owner-balance-total").waitFor(waitLong);

    await page.goto(`${domus.url}/a/${ro}/admin/members`);
    await page.getByTestId("member-row").first().waitFor(waitLong);
    expect(await page.getByTestId("member-row").count()).toBeGreaterThan(3);

    // Client-side check first: no email, no unit → the summary takes focus and names both.
    await page.getByTestId("invite-send").click();
    await page.getByTestId("form-error").waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("form-error");

    await page.getByTestId("invite-email").fill(newOwner);
    await page.getByTestId("invite-role").selectOption("owner");
    const unitOptions = await page.getByTestId("invite-unit").locator("option").all();
    const unitValue = await unitOptions[2]?.getAttribute("value");
    expect(unitValue).toBeTruthy();
    await page.getByTestId("invite-unit").selectOption(unitValue ?? "");
    await page.getByTestId("invite-send").click();
    await page.getByTestId("invite-sent").waitFor(waitLong);
    await page.getByTestId("invitation-row").first().waitFor();
    expect(await page.getByTestId("invitation-row").first().textContent()).toContain(newOwner);
    await snap(page, "identity-02-members-phone");
    expect(problems).toEqual([]);
  });

  it("the chairman prints an activation letter and reads the audit log", async () => {
    const page = await chair.newPage();
    const problems = watch(page);
    await page.goto(`${domus.url}/a/${ro}/admin/activation-letters`);
    await page.getByTestId("letters-unit").first().waitFor(waitLong);
    await page.getByTestId("letters-unit").first().check();
    const download = page.waitForEvent("download");
    await page.getByTestId("letters-submit").click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    await page.getByTestId("letters-ready").waitFor();
    await snap(page, "identity-03-activation-letters");

    await page.goto(`${domus.url}/a/${ro}/admin/audit`);
    await page.getByTestId("audit-row").first().waitFor(waitLong);
    const text = await page.getByTestId("audit-page").textContent();
    expect(text).toContain("Sign-in");
    expect(text).toContain("Invitation sent");
    await snap(page, "identity-04-audit-log");
    expect(problems).toEqual([]);
    await chair.close();
  });

  it("the new owner opens the invitation, sets a password, enrols TOTP and saves recovery codes", async () => {
    const token = await mailToken(newOwner, "invite");
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${domus.url}/invite/${token}`);
    await page.getByTestId("invite-preview").waitFor(waitLong);
    const preview = await page.getByTestId("invite-preview").textContent();
    expect(preview).toContain("Owner");
    expect(preview).toContain(newOwner);
    await snap(page, "identity-05-invitation");

    // A common password is refused by the server with a translated reason next to the field.
    await page.getByTestId("invite-name").fill("Irina Vasile");
    await page.getByTestId("invite-password").fill("password1234");
    await page.getByTestId("invite-submit").click();
    await page.getByTestId("form-error").waitFor();
    expect(await page.locator(".field__error").count()).toBeGreaterThan(0);
    await snap(page, "identity-06-invitation-weak-password");

    await page.getByTestId("invite-password").fill(newPassword);
    await page.getByTestId("invite-submit").click();
    await page.getByTestId("invite-welcome").waitFor(waitLong);
    await page.getByTestId("invite-setup-totp").click();

    await page.getByTestId("totp-enrol-password").fill(newPassword);
    await page.getByTestId("totp-enrol-start").click();
    await page.getByTestId("totp-secret").waitFor(waitLong);
    ownerSecret = (await page.getByTestId("totp-secret").getAttribute("data-secret")) ?? "";
    expect(ownerSecret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(await page.locator("img.id-qr__image").getAttribute("src")).toMatch(/^data:image\/png;base64,/);
    await snap(page, "identity-07-totp-enrol");
    await page.getByTestId("totp-enrol-code").fill(await freshCode(newOwner, ownerSecret));
    await page.getByTestId("totp-enrol-confirm").click();

    await page.getByTestId("recovery-codes").waitFor(waitLong);
    recoveryCodes = await page.getByTestId("recovery-code").allTextContents();
    expect(recoveryCodes).toHaveLength(10);
    expect(await page.getByTestId("recovery-done").isDisabled()).toBe(true);
    await snap(page, "identity-08-recovery-codes");
    await page.getByTestId("recovery-saved").check();
    await page.getByTestId("recovery-done").click();
    await page.getByTestId("owner-balance-total").waitFor(waitLong);

    await page.goto(`${domus.url}/account`);
    await page.getByTestId("account-totp-status").waitFor(waitLong);
    expect(await page.getByTestId("account-totp-status").getAttribute("data-enabled")).toBe("true");
    await snap(page, "identity-09-account");

    await page.goto(`${domus.url}/account/sessions`);
    await page.getByTestId("session-row").first().waitFor(waitLong);
    await snap(page, "identity-10-sessions");

    await page.getByTestId("sign-out").click();
    await page.getByTestId("sign-in-email").waitFor(waitLong);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("the new owner signs in again with password and TOTP and sees her home", async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${domus.url}/sign-in`);
    await signInWithPassword(page, newOwner, newPassword);
    await page.getByTestId("totp-code").waitFor(waitLong);
    // A wrong code first: a translated message, focus on the summary, still on the same step.
    await page.getByTestId("totp-code").fill("000000");
    await page.getByTestId("totp-submit").click();
    await page.getByTestId("totp-error").waitFor(waitLong);
    await snap(page, "identity-11-totp-wrong-code");
    await page.getByTestId("totp-code").fill(await freshCode(newOwner, ownerSecret));
    await page.getByTestId("totp-submit").click();
    await page.getByTestId("owner-balance-total").waitFor(waitLong);
    await snap(page, "identity-12-owner-home");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("a forgotten password is reset by email; a recovery code stands in for the phone", async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${domus.url}/sign-in`);
    await page.getByTestId("forgot-password-link").click();
    await page.getByTestId("forgot-email").fill(newOwner);
    await page.getByTestId("forgot-submit").click();
    await page.getByTestId("forgot-sent").waitFor(waitLong);
    await snap(page, "identity-13-forgot-password");

    const token = await mailToken(newOwner, "reset-password");
    await page.goto(`${domus.url}/reset-password/${token}`);
    await page.getByTestId("reset-password").fill(resetPassword);
    await snap(page, "identity-14-reset-password");
    await page.getByTestId("reset-submit").click();
    await page.getByTestId("reset-done").waitFor(waitLong);
    await page.getByTestId("reset-sign-in").click();

    await signInWithPassword(page, newOwner, resetPassword);
    await page.getByTestId("totp-use-recovery").waitFor(waitLong);
    await page.getByTestId("totp-use-recovery").click();
    await page.getByTestId("totp-code").fill(recoveryCodes[0] ?? "");
    await page.getByTestId("totp-submit").click();
    await page.getByTestId("owner-balance-total").waitFor(waitLong);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows the activation screen in Polish", async () => {
    const context = await browser.newContext({ ...phone, locale: "pl-PL" });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${domus.url}/activate`);
    await page.getByTestId("activate-form").waitFor(waitLong);
    await page.getByTestId("activate-submit").click();
    await page.getByTestId("form-error").waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("pl");
    await snap(page, "identity-15-activate-pl");
    expect(problems).toEqual([]);
    await context.close();
  });
});
