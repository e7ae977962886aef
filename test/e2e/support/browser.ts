import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import type { Clock } from "../../../functions/platform/clock";
import { testClock } from "../../support/test-clock";

/** Debian's Chromium, offline and quiet (flags from shared/design/stack.md); playwright gives each launch a fresh profile. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Chromium whose every new context starts its page clock at the server's clock (then running at
 * real speed), so screens that default to "this month" agree with the server whatever today is.
 */
export async function launchChromium(clock: Clock = testClock): Promise<Browser> {
  const browser = await launchDebianChromium();
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.clock.install({ time: clock.now() });
    return context;
  };
  return browser;
}

async function launchDebianChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install it with \`apt-get install -y chromium\``);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost",
    ],
  });
}

export const screenshotDir = join(import.meta.dirname, "../../../test-results/screenshots");

/** Saves a full-page screenshot to test-results/screenshots/<name>.png for a person to look at. */
export async function snap(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
