import { buildApp } from "../../../functions/app";
import { totpCodeAt } from "../../../functions/identity/model/totp";
import { demoTotpSecret } from "../../../functions/local/seed/demo-people";
import { countCalls } from "../../../functions/platform/aws/call-counter";
import { type AppDeps, createDeps } from "../../../functions/platform/deps";
import { createLogger } from "../../../functions/platform/log";
import { allRoutes } from "../../../functions/routes";
import { askForConsumedCapacity } from "./capacity";
import { type CallSummary, summarize } from "./tally";

export const sessionCookieName = "__Host-domus-session";
export type App = ReturnType<typeof buildApp>;

/** A signed-in caller of the in-process app. */
export interface Session {
  email: string;
  token: string;
  csrf: string;
  cookie: string;
}

export interface Answer {
  status: number;
  body: unknown;
  calls: CallSummary;
  ms: number;
}

/**
 * Fresh dependencies over the same local AWS stand-ins: new SDK clients, an empty key cache, no
 * platform secret loaded — what a Lambda cold start has.
 */
export function freshDeps(base: AppDeps): AppDeps {
  const deps = createDeps(base.config, { clock: base.clock, log: createLogger("error") });
  askForConsumedCapacity(deps);
  return deps;
}

export function destroyDeps(deps: AppDeps): void {
  for (const client of Object.values(deps.clients)) (client as { destroy?: () => void }).destroy?.();
}

export function appFor(deps: AppDeps): App {
  return buildApp(deps, allRoutes, { addressOf: () => "127.0.0.1" });
}

/** One request through `app.request`, counted (AsyncLocalStorage follows the in-process call). */
export async function call(
  app: App,
  method: string,
  path: string,
  opts: { session?: Session; body?: unknown } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { "accept-language": "en" };
  if (opts.session) headers.cookie = opts.session.cookie;
  if (method !== "GET") headers["x-csrf-token"] = opts.session?.csrf ?? "anonymous";
  if (opts.body !== undefined) headers["content-type"] = "application/json";
  const start = performance.now();
  const { result, tally } = await countCalls(async () => {
    const res = await app.request(path, {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
    const text = await res.text();
    return { res, text };
  });
  const ms = performance.now() - start;
  const { res, text } = result;
  let body: unknown = text;
  if (res.headers.get("content-type")?.includes("json") && text) body = JSON.parse(text);
  const setCookie = res.headers.get("set-cookie");
  if (setCookie) (body as Record<string, unknown>).__setCookie = setCookie;
  return { status: res.status, body, calls: summarize(tally), ms };
}

export type SignInOutcome =
  | { ok: true; session: Session; answer: Answer; totp: boolean }
  | { ok: false; reason: string; answer: Answer };

/** The last TOTP step used per person: a step is accepted once and only if newer (±1 step window). */
const lastTotpStep = new Map<string, number>();

/** A fresh demo TOTP code for `email` (privileged demo users share the demo secret). */
async function nextTotpCode(email: string): Promise<string> {
  for (;;) {
    const now = Date.now();
    const step = Math.floor(now / 30_000);
    const last = lastTotpStep.get(email) ?? Number.NEGATIVE_INFINITY;
    const offset = [-1, 0, 1].find((k) => step + k > last);
    if (offset !== undefined) {
      lastTotpStep.set(email, step + offset);
      return totpCodeAt(demoTotpSecret, now + offset * 30_000);
    }
    await new Promise((r) => setTimeout(r, 30_000 - (now % 30_000) + 50));
  }
}

/**
 * Signs in through the app. A `{challenge:"totp"}` answer (board and admin roles) is completed
 * with the demo TOTP secret, as functions/local/totp-code.ts does; the two requests are counted as one sign-in.
 */
export async function signIn(app: App, email: string, password = "domus-demo-2026"): Promise<SignInOutcome> {
  let answer = await call(app, "POST", "/api/auth/sign-in", { body: { email, password } });
  let body = answer.body as Record<string, unknown>;
  const totp = answer.status === 200 && body.challenge === "totp";
  if (totp) {
    const code = await nextTotpCode(email);
    const second = await call(app, "POST", "/api/auth/sign-in/totp", {
      body: { challengeToken: body.challengeToken, code },
    });
    answer = { ...second, calls: addCalls(answer.calls, second.calls), ms: answer.ms + second.ms };
    body = second.body as Record<string, unknown>;
  }
  const setCookie = typeof body.__setCookie === "string" ? body.__setCookie : "";
  const match = new RegExp(`${sessionCookieName}=([^;]+)`).exec(setCookie);
  if (answer.status !== 200 || !match?.[1]) {
    return { ok: false, reason: `sign-in answered ${answer.status} ${JSON.stringify(body).slice(0, 200)}`, answer };
  }
  const token = match[1];
  delete body.__setCookie;
  return {
    ok: true,
    session: { email, token, csrf: String(body.csrfToken ?? ""), cookie: `${sessionCookieName}=${token}` },
    answer,
    totp,
  };
}

/** Sum of two call summaries. */
export function addCalls(a: CallSummary, b: CallSummary): CallSummary {
  const add = (x: Record<string, number>, y: Record<string, number>) => {
    const out = { ...x };
    for (const [k, v] of Object.entries(y)) out[k] = (out[k] ?? 0) + v;
    return out;
  };
  return {
    dynamodb: add(a.dynamodb, b.dynamodb),
    dynamodbCalls: a.dynamodbCalls + b.dynamodbCalls,
    kms: add(a.kms, b.kms),
    kmsCalls: a.kmsCalls + b.kmsCalls,
    other: add(a.other, b.other),
    rcu: (a.rcu ?? 0) + (b.rcu ?? 0),
    wcu: (a.wcu ?? 0) + (b.wcu ?? 0),
  };
}
