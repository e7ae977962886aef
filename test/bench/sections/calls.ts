import type { AppDeps } from "../../../functions/platform/deps";
import { type App, appFor, call, destroyDeps, freshDeps, type Session, signIn } from "../support/in-process";
import { median, round } from "../support/stats";
import type { CallSummary } from "../support/tally";

/**
 * Section 1 — DynamoDB, KMS and other AWS calls per API request, cold (fresh SDK clients and key
 * cache, as after a Lambda cold start) and warm (the same request again in that process).
 */
export const ownerEmail = "ana.popescu@example.com";
export const adminEmail = "admin@example.com";
export const demoAssociation = "ro-lalelelor-m7";
export const ownerUnit = "u012";
export const ownerSummaryPath = `/api/owner/associations/${demoAssociation}/units/${ownerUnit}/summary`;

export interface RouteCalls {
  operationId: string;
  method: string;
  /** The OpenAPI path template. */
  path: string;
  /** The path requested, or undefined when a parameter could not be filled. */
  url?: string;
  status?: number;
  cold?: CallSummary;
  warm?: CallSummary;
  coldMs?: number;
  /** Median of the warm repeats (in-process, local stand-ins). */
  warmMedianMs?: number;
  note?: string;
}

export interface SessionCalls {
  role: "owner" | "admin";
  email: string;
  skipped?: string;
  routes: RouteCalls[];
  /** The whole script (sign-in + every route once) in one fresh process, then again warm. */
  script?: { cold: CallSummary; warm: CallSummary; requests: number };
}

export interface CallsSection {
  sessions: SessionCalls[];
  notes: string[];
}

/** Cold and warm counts for one request: a fresh process for the first, the same one for the rest. */
export async function measureRoute(
  base: AppDeps,
  method: string,
  url: string,
  session?: Session,
  opts: { warmRepeats?: number; body?: unknown } = {},
): Promise<{
  status: number;
  cold: CallSummary;
  warm: CallSummary;
  coldMs: number;
  warmMedianMs: number;
  body: unknown;
}> {
  const deps = freshDeps(base);
  try {
    const app = appFor(deps);
    const cold = await call(app, method, url, { session, body: opts.body });
    const warm = await call(app, method, url, { session, body: opts.body });
    const times = [warm.ms];
    for (let i = 1; i < (opts.warmRepeats ?? 5); i++) times.push((await call(app, method, url, { session })).ms);
    return {
      status: cold.status,
      cold: cold.calls,
      warm: warm.calls,
      coldMs: round(cold.ms, 1),
      warmMedianMs: round(median(times), 1),
      body: warm.body,
    };
  } finally {
    destroyDeps(deps);
  }
}

interface OpenApiOperation {
  operationId?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean }[];
  "x-domus-access"?: { kind: string };
}

export interface GetRoute {
  operationId: string;
  group: string;
  path: string;
  pathParams: string[];
  requiredQuery: string[];
}

/** Every GET operation of the OpenAPI document the app serves. */
export async function getRoutesOf(app: App): Promise<GetRoute[]> {
  const doc = (await call(app, "GET", "/api/openapi.json")).body as {
    paths: Record<string, Record<string, OpenApiOperation>>;
  };
  const out: GetRoute[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    const op = ops.get;
    if (!op) continue;
    const params = op.parameters ?? [];
    out.push({
      operationId: op.operationId ?? `GET ${path}`,
      group: op.tags?.[0] ?? "",
      path,
      pathParams: params.filter((p) => p.in === "path").map((p) => p.name),
      requiredQuery: params.filter((p) => p.in === "query" && p.required).map((p) => p.name),
    });
  }
  return out.sort((a, b) => a.pathParams.length - b.pathParams.length || a.path.localeCompare(b.path));
}

/** Remembers the first string value seen under each key of earlier answers (ids for later routes). */
function collectValues(body: unknown, bag: Record<string, string>, depth = 0): void {
  if (depth > 6 || body === null || typeof body !== "object") return;
  if (Array.isArray(body)) {
    for (const item of body.slice(0, 3)) collectValues(item, bag, depth + 1);
    return;
  }
  for (const [key, value] of Object.entries(body)) {
    if ((typeof value === "string" || typeof value === "number") && bag[key] === undefined) bag[key] = String(value);
    else collectValues(value, bag, depth + 1);
  }
}

function fill(route: GetRoute, bag: Record<string, string>): { url?: string; missing: string[] } {
  const missing = [...route.pathParams, ...route.requiredQuery].filter((p) => bag[p] === undefined);
  if (missing.length) return { missing };
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(bag[name] ?? ""));
  const query = route.requiredQuery.map((q) => `${q}=${encodeURIComponent(bag[q] ?? "")}`).join("&");
  return { url: query ? `${path}?${query}` : path, missing };
}

/** Runs the routes of one role, filling parameters from the role's own ids and from earlier answers. */
async function measureRoutes(base: AppDeps, session: Session, routes: GetRoute[], known: Record<string, string>) {
  const bag: Record<string, string> = { ...known };
  const results = new Map<string, RouteCalls>();
  let pending = [...routes];
  // Routes whose parameters come from another route's answer run in a later pass.
  for (let pass = 0; pass < 4 && pending.length; pass++) {
    const next: GetRoute[] = [];
    for (const route of pending) {
      const { url, missing } = fill(route, bag);
      if (!url) {
        next.push(route);
        results.set(route.operationId, {
          operationId: route.operationId,
          method: "GET",
          path: route.path,
          note: `not measured: no value for ${missing.join(", ")}`,
        });
        continue;
      }
      const m = await measureRoute(base, "GET", url, session);
      if (m.status === 200) collectValues(m.body, bag);
      results.set(route.operationId, {
        operationId: route.operationId,
        method: "GET",
        path: route.path,
        url,
        status: m.status,
        cold: m.cold,
        warm: m.warm,
        coldMs: m.coldMs,
        warmMedianMs: m.warmMedianMs,
        ...(m.status >= 400 ? { note: `answered ${m.status} ${errorCodeOf(m.body)}`.trim() } : {}),
      });
    }
    if (next.length === pending.length) break;
    pending = next;
  }
  return [...results.values()];
}

function errorCodeOf(body: unknown): string {
  const b = body as { error?: { code?: string }; code?: string } | undefined;
  return b?.error?.code ?? b?.code ?? "";
}

/**
 * The whole role script in one fresh process: sign-in and every route once (cold), then every
 * route again in that process (warm; plus a warm sign-in's counts, measured separately, so that
 * privileged users need no third TOTP code here).
 */
async function measureScript(base: AppDeps, email: string, urls: string[], signInWarm: CallSummary | undefined) {
  const deps = freshDeps(base);
  try {
    const app = appFor(deps);
    const signed = await signIn(app, email);
    if (!signed.ok) throw new Error(signed.reason);
    const routes = async () => {
      const parts: CallSummary[] = [];
      for (const url of urls) parts.push((await call(app, "GET", url, { session: signed.session })).calls);
      return parts;
    };
    const cold = addSummaries([signed.answer.calls, ...(await routes())]);
    const warm = addSummaries([...(signInWarm ? [signInWarm] : []), ...(await routes())]);
    return { cold, warm, requests: urls.length + 1 };
  } finally {
    destroyDeps(deps);
  }
}

export function addSummaries(parts: CallSummary[]): CallSummary {
  const add = (a: Record<string, number>, b: Record<string, number>) => {
    for (const [k, v] of Object.entries(b)) a[k] = (a[k] ?? 0) + v;
    return a;
  };
  const out: CallSummary = { dynamodb: {}, dynamodbCalls: 0, kms: {}, kmsCalls: 0, other: {}, rcu: 0, wcu: 0 };
  for (const p of parts) {
    add(out.dynamodb, p.dynamodb);
    add(out.kms, p.kms);
    add(out.other, p.other);
    out.dynamodbCalls += p.dynamodbCalls;
    out.kmsCalls += p.kmsCalls;
    out.rcu = (out.rcu ?? 0) + (p.rcu ?? 0);
    out.wcu = (out.wcu ?? 0) + (p.wcu ?? 0);
  }
  return out;
}

async function measureSession(
  base: AppDeps,
  role: "owner" | "admin",
  email: string,
  groups: string[],
  known: Record<string, string>,
): Promise<SessionCalls> {
  // Sign-in itself: cold (fresh process) and warm (second sign-in in the same process).
  const deps = freshDeps(base);
  let session: Session;
  const signInRow: RouteCalls = { operationId: "identity.signIn", method: "POST", path: "/api/auth/sign-in" };
  try {
    const app = appFor(deps);
    const first = await signIn(app, email);
    if (!first.ok) return { role, email, skipped: first.reason, routes: [] };
    const second = await signIn(app, email);
    if (!second.ok) return { role, email, skipped: second.reason, routes: [] };
    const times = [second.answer.ms];
    // Timing repeats only for password-only users (a TOTP code works once, three per 30 s).
    const usesTotp = first.totp;
    for (let i = 0; i < (usesTotp ? 0 : 2); i++) {
      const again = await signIn(app, email);
      if (again.ok) times.push(again.answer.ms);
    }
    session = second.session;
    Object.assign(signInRow, {
      url: "/api/auth/sign-in",
      status: first.answer.status,
      cold: first.answer.calls,
      warm: second.answer.calls,
      coldMs: round(first.answer.ms, 1),
      warmMedianMs: round(median(times), 1),
      ...(usesTotp ? { note: "password step + TOTP step (2 requests), demo TOTP secret" } : {}),
    });
  } finally {
    destroyDeps(deps);
  }
  const listing = freshDeps(base);
  let routes: GetRoute[];
  try {
    routes = (await getRoutesOf(appFor(listing))).filter((r) => groups.includes(r.group));
  } finally {
    destroyDeps(listing);
  }
  const measured = await measureRoutes(base, session, routes, known);
  const okUrls = measured.filter((r) => r.status === 200 && r.url).map((r) => r.url as string);
  const script = await measureScript(base, email, okUrls, signInRow.warm);
  return { role, email, routes: [signInRow, ...measured], script };
}

export async function runCallsSection(base: AppDeps): Promise<CallsSection> {
  const owner = await measureSession(base, "owner", ownerEmail, ["auth", "owner", "files"], {
    associationId: demoAssociation,
    unitId: ownerUnit,
  });
  const admin = await measureSession(base, "admin", adminEmail, ["admin", "files"], {
    associationId: demoAssociation,
  });
  const notes = [
    "Counted by the SDK middleware of functions/platform/aws/call-counter.ts around app.request (in-process).",
    "Cold = fresh SDK clients, envelope key cache and platform secrets (createDeps), as after a Lambda cold start; warm = the same request again in that process.",
    "Capacity: the bench asks for ReturnConsumedCapacity=TOTAL; figures are what dynalite reports (eventually consistent reads 0.5 RCU).",
  ];
  if (admin.routes.filter((r) => r.operationId !== "identity.signIn").length === 0 && !admin.skipped) {
    notes.push("The OpenAPI document has no admin GET routes yet: the admin session measures sign-in only.");
  }
  return { sessions: [owner, admin], notes };
}
