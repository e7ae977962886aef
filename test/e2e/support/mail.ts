import type { Page } from "playwright-core";
import { waitLong } from "./session";

/** An email as the local mail viewer lists it. */
export interface ViewerMail {
  to: string;
  subject: string;
}

/** The emails the local mail viewer (the SES stand-in's own page) shows, as a person reads them. */
export async function mailViewerShows(page: Page, viewerUrl: string, expected: number): Promise<ViewerMail[]> {
  await page.goto(viewerUrl);
  await page.waitForFunction((n) => document.querySelectorAll(".email").length >= n, expected, waitLong);
  return page.$$eval(".email", (nodes) =>
    nodes.map((n) => {
      const field = (label: string) =>
        [...n.querySelectorAll("p")].find((p) => p.textContent?.startsWith(`${label}:`))?.textContent ?? "";
      return { to: field("To").replace(/^To:\s*/, ""), subject: field("Subject").replace(/^Subject:\s*/, "") };
    }),
  );
}

/** How many emails the SES stand-in has stored (what the viewer would list). */
export async function storedMailCount(storeUrl: string): Promise<number> {
  const store = (await (await fetch(storeUrl)).json()) as { emails: unknown[] };
  return store.emails.length;
}

/** Mails that appear more than once with the same recipient and subject (there should be none). */
export function duplicatesOf(mails: readonly ViewerMail[]): string[] {
  const copies = new Map<string, number>();
  for (const m of mails) copies.set(`${m.to} ${m.subject}`, (copies.get(`${m.to} ${m.subject}`) ?? 0) + 1);
  return [...copies.entries()].filter(([, n]) => n > 1).map(([k]) => k);
}
