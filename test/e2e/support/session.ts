import type { Page } from "playwright-core";
import { demoPassword, demoTotpSecret } from "../../../functions/local/seed/demo-people";
import { freshCode } from "../../integration/support/identity";

export const waitLong = { timeout: 20_000 };

/** A phone-sized context in a language (e.g. "pl-PL"). */
export const phoneIn = (locale: string) => ({ viewport: { width: 390, height: 844 }, locale });

/**
 * Console errors and page errors of a page, except the failed-resource lines that the app's own
 * translated 4xx answers (or `/api/me` before sign-in) leave in the console.
 */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  const expected = /Failed to load resource: .*status of (400|401|404|422)/;
  page.on("console", (m) => m.type() === "error" && !expected.test(m.text()) && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  return problems;
}

/**
 * Signs a demo person in through the sign-in screen; privileged roles answer the TOTP challenge
 * with a fresh code (`now` follows the server's clock when a test fixes it).
 */
export async function signInAs(
  page: Page,
  baseUrl: string,
  email: string,
  opts: { totp?: boolean; now?: () => number } = {},
): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByTestId("sign-in-email").fill(email);
  await page.getByTestId("sign-in-password").fill(demoPassword);
  await page.getByTestId("sign-in-submit").click();
  if (opts.totp) {
    await page.getByTestId("totp-challenge").waitFor(waitLong);
    await page.getByTestId("totp-code").fill(await freshCode(email, demoTotpSecret, opts.now));
    await page.getByTestId("totp-submit").click();
  }
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), waitLong);
}
