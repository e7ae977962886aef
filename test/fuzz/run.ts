import { casesFor, type FuzzCase, queryString, type RoleContext, seedOf } from "./cases";
import { answerFault, internalDetailIn, requestFault } from "./checks";
import { type Session, send } from "./http";
import { IdPool } from "./ids";
import { type OpenApiDocument, type Operation, operationsOf } from "./openapi";
import { fuzzRoles, type RoleName, type SignedIn, signIn } from "./roles";
import { Tally } from "./tally";

/**
 * A fuzz run against a running Domus: sign the three roles in, learn real ids from the read
 * operations, then send every case (or, in quick mode, a seeded selection), ending with the
 * operations that end the session. Same seed, same requests.
 */
export interface FuzzOptions {
  url: string;
  seed: number;
  /** quick: each operation's valid sample for each role plus two broken ones; full: every case. */
  mode: "quick" | "full";
  /** Full mode adds seeded rounds of fresh samples until at least this many requests are planned. */
  minRequests?: number;
  /** The app's clock in epoch ms (for TOTP codes). */
  now?: () => number;
  progress?: (line: string) => void;
}

/** Ending the session would spoil the rest of the role's run: these go last, in this order. */
const sessionEnding = ["identity.endSession", "identity.signOutEverywhere", "identity.signOut"];

interface Actor extends RoleContext {
  name: RoleName;
  session: Session;
}

export async function runFuzz(opts: FuzzOptions): Promise<Tally> {
  const doc = JSON.parse((await send(opts.url, { csrf: "" }, { method: "GET", path: "/api/openapi.json" })).text);
  const operations = operationsOf(doc as OpenApiDocument);
  const tally = new Tally();
  const actors = await signInAll(opts);
  const run = new Runner(opts, tally);
  const ordinary = operations.filter((op) => !sessionEnding.includes(op.id));
  for (const pass of opts.mode === "full" ? [1, 2] : [1]) {
    const reads = ordinary.filter((op) => op.method === "GET" && (opts.mode === "full" || isListing(op)));
    await Promise.all(
      actors.map((a) =>
        run.all(
          a,
          reads.map((op) => valid(op, a, opts.seed, pass)),
        ),
      ),
    );
  }
  const plans = actors.map((a, i) => planFor(a, i, ordinary, opts));
  topUp(plans, actors, ordinary, opts, tally.requests);
  await Promise.all(actors.map((a, i) => run.all(a, plans[i] ?? [])));
  await Promise.all(actors.map((a) => run.all(a, endingCases(a, operations, opts))));
  return tally;
}

async function signInAll(opts: FuzzOptions): Promise<Actor[]> {
  const signedIn: [RoleName, SignedIn][] = [];
  for (const [name, email] of Object.entries(fuzzRoles) as [RoleName, string][]) {
    signedIn.push([name, await signIn(opts.url, email, opts.now)]);
  }
  const people = signedIn.map(([, s]) => s.userId);
  const owner = signedIn.find(([n]) => n === "owner")?.[1];
  const ownerUnits = ((owner?.me.memberships ?? []) as { units: { unitId: string }[] }[]).flatMap((m) =>
    m.units.map((u) => u.unitId),
  );
  return signedIn.map(([name, s]) => {
    const pool = new IdPool();
    pool.harvest("-", s.me);
    // Valid writes must not remove the fuzzing people or the owner's unit from under the run.
    for (const id of people) pool.protect(id);
    if (name !== "owner") for (const id of ownerUnits) pool.protect(id);
    return { name, associations: s.associations, pool, session: s.session };
  });
}

/** A read that needs no id but the association's: where the first real ids come from. */
function isListing(op: Operation): boolean {
  return op.params.every((p) => p.in === "query" || p.name === "associationId");
}

function valid(op: Operation, actor: Actor, seed: number, round: number): FuzzCase {
  const found = casesFor(op, actor, seedOf(seed, actor.name, op.id, "discover", round))[0];
  if (!found) throw new Error(`no valid case for ${op.id}`);
  return found;
}

/** A seeded pseudo-random stream (mulberry32) for selections and order. */
function randomFrom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function planFor(actor: Actor, roleIndex: number, ops: Operation[], opts: FuzzOptions): FuzzCase[] {
  const random = randomFrom(seedOf(opts.seed, actor.name, "plan"));
  const plan = ops.flatMap((op, opIndex) => {
    const cases = casesFor(op, actor, seedOf(opts.seed, actor.name, op.id));
    if (opts.mode === "full") return cases;
    // Quick: every operation's valid sample, and two broken requests from one role in turn.
    const broken = opIndex % 3 === roleIndex ? shuffled(cases.slice(2), random).slice(0, 2) : [];
    return [cases[0] as FuzzCase, ...broken];
  });
  return shuffled(plan, random);
}

/** Full mode: seeded rounds of fresh samples, one case per operation and role, up to the minimum. */
function topUp(plans: FuzzCase[][], actors: Actor[], ops: Operation[], opts: FuzzOptions, sent: number): void {
  const endings = actors.length * sessionEnding.length * 12;
  let planned = sent + plans.reduce((n, p) => n + p.length, 0) + endings;
  for (let round = 1; opts.mode === "full" && planned < (opts.minRequests ?? 0); round++) {
    actors.forEach((actor, i) => {
      const random = randomFrom(seedOf(opts.seed, actor.name, "round", round));
      for (const op of ops) {
        const cases = casesFor(op, actor, seedOf(opts.seed, actor.name, op.id, round));
        plans[i]?.push(cases[Math.floor(random() * cases.length)] as FuzzCase);
        planned++;
      }
    });
  }
}

/** Session-ending operations last: broken requests first, the valid one (that really ends it) at the very end. */
function endingCases(actor: Actor, ops: Operation[], opts: FuzzOptions): FuzzCase[] {
  return sessionEnding.flatMap((id) => {
    const op = ops.find((o) => o.id === id);
    if (!op) return [];
    const cases = casesFor(op, actor, seedOf(opts.seed, actor.name, op.id));
    const broken = opts.mode === "full" ? cases.slice(2) : [];
    return [...broken, cases[0] as FuzzCase];
  });
}

class Runner {
  constructor(
    private readonly opts: FuzzOptions,
    private readonly tally: Tally,
  ) {}

  async all(actor: Actor, cases: FuzzCase[]): Promise<void> {
    for (const c of cases) {
      await this.one(actor, c);
      if (this.tally.requests % 1000 === 0) this.opts.progress?.(`${this.tally.requests} requests`);
    }
  }

  private async one(actor: Actor, c: FuzzCase): Promise<void> {
    const req = c.build();
    const path =
      c.op.path.replace(/\{(\w+)\}/g, (_, name: string) => req.pathValues[name] ?? "x") + queryString(req.query);
    const fault = requestFault(c.op, { ...req, pathValues: req.pathValues, query: req.query });
    const shown = `${req.method} ${path.slice(0, 160)}${req.body ? ` ${req.body.slice(0, 160)}` : ""}`;
    const base = { operation: c.op.id, example: { role: actor.name, label: c.label, request: shown, answer: "" } };
    let answer: Awaited<ReturnType<typeof send>>;
    const started = performance.now();
    try {
      answer = await send(this.opts.url, actor.session, { ...req, path });
    } catch (error) {
      this.tally.answer(actor.name, c.op.id, 0);
      this.tally.check("no5xx", { ...base, status: 0, detail: `no answer: ${(error as Error).message.slice(0, 80)}` });
      return;
    }
    const { status } = answer;
    base.example.answer = `${status} ${answer.text.slice(0, 240)}`;
    this.tally.answer(actor.name, c.op.id, status, performance.now() - started);
    const ok = status >= 200 && status < 300;
    if (!ok && status < 500 && !(String(status) in c.op.responses)) this.tally.undocumented(c.op.id, status);
    const code = errorCodeOf(answer.text);
    this.tally.check("no5xx", status >= 500 ? { ...base, status, detail: code } : undefined);
    const leak = answer.text ? internalDetailIn(answer.text) : undefined;
    this.tally.check("noInternalDetails", leak ? { ...base, status, detail: leak } : undefined);
    if (fault)
      this.tally.check("noInvalidAccepted", ok ? { ...base, status, detail: `${c.label}: ${fault}` } : undefined);
    if (ok) {
      const shape = answerFault(c.op, status, answer.contentType, answer.text);
      this.tally.check("documentedBody", shape ? { ...base, status, detail: shape } : undefined);
      if (answer.contentType.includes("json")) this.harvest(actor, req.pathValues, answer.text);
    }
  }

  private harvest(actor: Actor, pathValues: Record<string, string>, text: string): void {
    try {
      actor.pool.harvest(pathValues.associationId ?? "-", JSON.parse(text));
    } catch {
      // Not JSON after all: the documentedBody check has reported it.
    }
  }
}

function errorCodeOf(text: string): string {
  try {
    return (JSON.parse(text) as { error?: { code?: string } }).error?.code ?? "";
  } catch {
    return "";
  }
}
