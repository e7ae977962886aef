import { totpCodeAt } from "../../../functions/identity/model/totp";
import { demoPassword, demoTotpSecret } from "../../../functions/local/seed/demo-people";
import { testNow } from "../../support/test-clock";
import type { ApiAnswer, ApiClient } from "./client";

/**
 * Identity helpers for integration tests: sign in through the TOTP challenge like a person with
 * an authenticator app, and read the links Domus emails through the local SES stand-in.
 */
const lastStepUsed = new Map<string, number>();
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * A code the server has not seen for this person yet. Codes work once per time step and the
 * server accepts one step either side, so up to three sign-ins per 30 s need no waiting.
 */
export async function freshCode(key: string, secret: string, now: () => number = testNow): Promise<string> {
  for (;;) {
    const ms = now();
    const current = Math.floor(ms / 30_000);
    // The previous step is only safe while the current one has a few seconds left.
    const oldest = ms % 30_000 < 27_000 ? current - 1 : current;
    const step = Math.max(oldest, (lastStepUsed.get(key) ?? Number.NEGATIVE_INFINITY) + 1);
    if (step <= current + 1 && ms % 30_000 < 29_000) {
      lastStepUsed.set(key, step);
      return totpCodeAt(secret, step * 30_000);
    }
    await sleep(500);
  }
}

type Answer = ApiAnswer<Record<string, unknown>>;

/** Signs in with password and, when challenged, a fresh TOTP code; keeps the CSRF token. */
export async function signInWithTotp(
  api: ApiClient,
  email: string,
  opts: { password?: string; secret?: string; now?: () => number } = {},
): Promise<Answer> {
  const first = await api.post("/api/auth/sign-in", { email, password: opts.password ?? demoPassword });
  if (first.status !== 200 || first.body.challenge !== "totp") return keepCsrf(api, first);
  const code = await freshCode(email, opts.secret ?? demoTotpSecret, opts.now);
  return keepCsrf(api, await api.post("/api/auth/sign-in/totp", { challengeToken: first.body.challengeToken, code }));
}

function keepCsrf(api: ApiClient, answer: Answer): Answer {
  if (answer.status === 200 && typeof answer.body.csrfToken === "string") api.csrf = answer.body.csrfToken;
  return answer;
}

interface StoredMail {
  subject: string;
  destination: { to: string[] };
  body: { text?: string };
}

/** The newest email sent to an address (local SES store), or undefined. */
export async function latestMailTo(mailStoreUrl: string, to: string): Promise<StoredMail | undefined> {
  const store = (await (await fetch(mailStoreUrl)).json()) as { emails: StoredMail[] };
  return store.emails.filter((e) => e.destination.to.includes(to)).at(-1);
}

/** The one-time token of a portal link in an email (`…/invite/<token>`). */
export function tokenFromMail(mail: StoredMail | undefined, path: string): string {
  const match = new RegExp(`/${path}/([A-Za-z0-9_-]+)`).exec(mail?.body.text ?? "");
  if (!match?.[1]) throw new Error(`no /${path}/ link in the email`);
  return match[1];
}
