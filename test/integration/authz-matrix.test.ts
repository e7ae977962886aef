import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../functions/platform/clock";
import { testEpoch } from "../support/test-clock";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";
import { signInWithTotp } from "./support/identity";

/**
 * The authorization matrix: every operation of the OpenAPI document × every role × every resource
 * scope, against an expectation table written here by hand — deliberately not computed with the
 * policy code, so a wrong policy cannot agree with itself. Allowed = any answer but 401/403
 * (validation 400s and 404s count as allowed); denied = 401 or 403. An operation missing from the
 * table fails the test.
 */
type Who =
  | "anonymous"
  | "owner"
  | "coowner"
  | "resident"
  | "board"
  | "chairman"
  | "accountant"
  | "auditor"
  | "adminHere"
  | "adminElsewhere"
  | "operator";
/** own unit (in the Romanian association), another unit there, the Polish association, nowhere. */
type Place = "own" | "same" | "other" | "none";

const ro = "ro-lalelelor-m7";
const pl = "pl-rozana-12";

/** The demo people playing each role, and the unit that is "their own" (u020 belongs to nobody). */
const people: Record<Who, { email?: string; unit: string }> = {
  anonymous: { unit: "u012" },
  owner: { email: "ana.popescu@example.com", unit: "u012" },
  coowner: { email: "mihai.dumitrescu@example.com", unit: "u012" },
  resident: { email: "elena.georgescu@example.com", unit: "u007" },
  board: { email: "victor.pop@example.com", unit: "u005" },
  chairman: { email: "ion.ionescu@example.com", unit: "u001" },
  accountant: { email: "maria.stan@example.com", unit: "u020" },
  auditor: { email: "radu.marin@example.com", unit: "u003" },
  // admin@example.com administers both demo associations; piotr administers only the Polish one.
  adminHere: { email: "admin@example.com", unit: "u020" },
  adminElsewhere: { email: "piotr.zarzadca@example.com", unit: "u020" },
  operator: { email: "operator@example.com", unit: "u020" },
};
const everyone = Object.keys(people) as Who[];
const places: Place[] = ["own", "same", "other", "none"];

function scopeOf(who: Who, place: Place): { associationId: string; unitId: string } {
  if (place === "own") return { associationId: ro, unitId: people[who].unit };
  if (place === "same") return { associationId: ro, unitId: "u013" };
  if (place === "other") return { associationId: pl, unitId: "u004" };
  return { associationId: "zz-nowhere", unitId: "u999" };
}

type Expectation = Record<Who, Place[]>;

/** Who may act where: `roWide` anywhere in the Romanian association, `ownUnit` only on their unit. */
function audience(roWide: Who[], ownUnit: Who[] = []): Expectation {
  const out = Object.fromEntries(everyone.map((w) => [w, [] as Place[]])) as Expectation;
  for (const w of ownUnit) out[w] = ["own"];
  for (const w of roWide) out[w] = ["own", "same"];
  // Administrators act in every association they administer: the Polish one is theirs too.
  if (roWide.includes("adminHere")) {
    out.adminHere = ["own", "same", "other"];
    out.adminElsewhere = ["other"];
  }
  return out;
}

const anyone = Object.fromEntries(everyone.map((w) => [w, places])) as Expectation;
const platformOnly = { ...audience([]), operator: places };
const signedIn = { ...anyone, anonymous: [] };
// The Romanian association grants board members extended access to accounts; owners of a unit
// (board member, chairman and auditor own units too) read their own.
const accountReaders = audience(
  ["board", "chairman", "accountant", "auditor", "adminHere"],
  ["owner", "coowner", "resident"],
);
const boardReaders = audience(["board", "chairman", "accountant", "auditor", "adminHere"]);
const managers = audience(["chairman", "adminHere"]);
const financeWriters = audience(["chairman", "accountant", "adminHere"]);
const memberReaders = audience(["board", "chairman", "adminHere"]);
const auditReaders = audience(["chairman", "auditor", "adminHere"]);
// Owners and co-owners enter readings for their own unit (the board member and the auditor own
// units too); the managing roles for any unit. Residents only read.
const readingWriters = audience(["chairman", "accountant", "adminHere"], ["owner", "coowner", "board", "auditor"]);

const expectations: Record<string, Expectation> = {
  "platform.health": anyone,
  "identity.signIn": anyone,
  "identity.signInTotp": anyone,
  "identity.requestPasswordReset": anyone,
  "identity.completePasswordReset": anyone,
  "identity.confirmEmailChange": anyone,
  "identity.previewInvitation": anyone,
  "identity.acceptInvitation": anyone,
  "identity.activate": anyone,
  // The signed one-minute link is the permission (handed out by an audited route); a wrong link finds nothing.
  "attachments.download": anyone,
  "identity.signOut": signedIn,
  "identity.signOutEverywhere": signedIn,
  "identity.me": signedIn,
  "identity.updatePreferences": signedIn,
  "identity.updateProfile": signedIn,
  "identity.listSessions": signedIn,
  // A person's own inbox and choices: any signed-in person, whatever their role, only their own.
  "notifications.inbox": signedIn,
  "notifications.unreadCount": signedIn,
  "notifications.markRead": signedIn,
  "notifications.markAllRead": signedIn,
  "notifications.preferences": signedIn,
  "notifications.savePreferences": signedIn,
  "identity.endSession": signedIn,
  "identity.changePassword": signedIn,
  "identity.requestEmailChange": signedIn,
  "identity.beginTotpEnrolment": signedIn,
  "identity.confirmTotpEnrolment": signedIn,
  "identity.regenerateRecoveryCodes": signedIn,
  "identity.disableTotp": signedIn,
  "identity.acceptInvitationSignedIn": signedIn,
  "identity.createInvitation": managers,
  "identity.listInvitations": managers,
  "identity.printActivationLetters": managers,
  "identity.listMembers": memberReaders,
  "identity.changeMember": managers,
  "identity.removeMember": managers,
  "owner.accountSummary": accountReaders,
  "owner.charges": accountReaders,
  "owner.ledger": accountReaders,
  "owner.years": accountReaders,
  "owner.statement": accountReaders,
  "documents.receipt": accountReaders,
  "registry.getOwners": accountReaders,
  "registry.getProfile": boardReaders,
  "registry.listUnits": boardReaders,
  "registry.exportUnits": boardReaders,
  "registry.updateProfile": managers,
  "registry.putUnit": managers,
  "registry.deleteUnit": managers,
  "registry.putOwners": managers,
  "registry.importUnits": managers,
  "registry.confirmIban": platformOnly,
  "billing.listRules": boardReaders,
  "billing.listInvoices": boardReaders,
  "billing.listRuns": boardReaders,
  "billing.review": boardReaders,
  "documents.paymentList": boardReaders,
  "documents.paymentListRecord": boardReaders,
  "documents.storePaymentListRecord": boardReaders,
  "billing.ruleHistory": boardReaders,
  "billing.putRule": financeWriters,
  "billing.deleteRule": financeWriters,
  "billing.createInvoice": financeWriters,
  "billing.deleteInvoice": financeWriters,
  "billing.previewInvoice": financeWriters,
  "billing.draft": financeWriters,
  "billing.adjust": financeWriters,
  "billing.publish": managers,
  "payments.list": boardReaders,
  "payments.unitDebts": boardReaders,
  "payments.statementQueue": boardReaders,
  "payments.listCsvMappings": boardReaders,
  "payments.getPenaltySettings": boardReaders,
  "payments.record": financeWriters,
  "payments.reverse": financeWriters,
  "payments.importStatement": financeWriters,
  "payments.assignLine": financeWriters,
  "payments.putCsvMapping": financeWriters,
  "payments.putPenaltySettings": managers,
  "owner.payments": accountReaders,
  "payments.getReminderSettings": boardReaders,
  "payments.putReminderSettings": managers,
  "documents.formalNotice": accountReaders,
  "debts.debtors": boardReaders,
  "debts.history": boardReaders,
  "debts.listCases": boardReaders,
  "debts.exportDebtors": boardReaders,
  "debts.addCaseNote": financeWriters,
  "debts.caseDocumentUpload": financeWriters,
  "debts.attachCaseDocument": financeWriters,
  "debts.caseDocument": boardReaders,
  "owner.payNow": accountReaders,
  "owner.startCardPayment": accountReaders,
  "payments.getProviderSettings": boardReaders,
  "payments.putProviderSettings": managers,
  // No session: the signature is the authentication (400 when bad, 404 when Stripe is not configured).
  "payments.stripeWebhook": anyone,
  "documents.payQr": accountReaders,
  "audit.list": auditReaders,
  "meters.ownerMeters": accountReaders,
  "meters.history": accountReaders,
  "meters.exportHistory": accountReaders,
  "meters.submitReadings": readingWriters,
  "meters.photoUploadUrl": readingWriters,
  "meters.list": boardReaders,
  "meters.getSettings": boardReaders,
  "meters.status": boardReaders,
  "meters.photoUrl": boardReaders,
  "meters.put": financeWriters,
  "meters.replace": financeWriters,
  "meters.putSettings": financeWriters,
  "meters.enter": financeWriters,
  "meters.import": financeWriters,
  "meters.estimate": financeWriters,
};

interface Operation {
  id: string;
  method: string;
  path: string;
  hasBody: boolean;
}

/** Path parameters other than the scope get ids that exist nowhere, so nothing real is touched. */
const fillers: Record<string, string> = { period: "2026-12", personId: "pnobody", sessionId: "snobody" };

function urlOf(op: Operation, scope: { associationId: string; unitId: string }): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === "associationId") return scope.associationId;
    if (name === "unitId") return scope.unitId;
    return fillers[name] ?? "xnobody";
  });
}

/** Ending the session would spoil the rest of the role's row: these run last. */
const sessionEnding = new Set(["identity.signOut", "identity.signOutEverywhere"]);

let domus: TestDomus;
let operations: Operation[] = [];
// A clock the test moves: each privileged sign-in gets a TOTP time step of its own (codes work once).
const clock = fixedClock(testEpoch);

beforeAll(async () => {
  domus = await startTestDomus({ clock });
  const doc = await new ApiClient(domus.url).get<{
    paths: Record<string, Record<string, { operationId: string; requestBody?: unknown; "x-domus-access"?: unknown }>>;
  }>("/api/openapi.json");
  operations = Object.entries(doc.body.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      id: op.operationId,
      method: method.toUpperCase(),
      path: path.replace(/\{(\w+)\}/g, "{$1}"),
      hasBody: op.requestBody !== undefined,
    })),
  );
  operations.sort((a, b) => Number(sessionEnding.has(a.id)) - Number(sessionEnding.has(b.id)));
}, 120_000);

afterAll(async () => {
  await domus?.stop();
});

async function clientFor(who: Who): Promise<ApiClient> {
  const api = new ApiClient(domus.url);
  const email = people[who].email;
  clock.advance(30_000);
  if (email)
    expect((await signInWithTotp(api, email, { now: () => clock.now().getTime() })).status, `${who} signs in`).toBe(
      200,
    );
  return api;
}

async function outcome(api: ApiClient, op: Operation, scope: { associationId: string; unitId: string }) {
  const answer = await api.call(op.method, urlOf(op, scope), op.hasBody ? {} : undefined);
  return { status: answer.status, allowed: answer.status !== 401 && answer.status !== 403 };
}

describe("authorization matrix (operations × roles × scopes)", () => {
  it("has an expectation for every operation of the OpenAPI document", () => {
    const missing = operations.map((op) => op.id).filter((id) => !(id in expectations));
    expect(missing).toEqual([]);
    expect(operations.length).toBeGreaterThanOrEqual(30);
  });

  it("allows and denies exactly as the table says", async () => {
    const unexpected: string[] = [];
    let cells = 0;
    for (const who of everyone) {
      let api = await clientFor(who);
      for (const op of operations) {
        const expected = expectations[op.id];
        if (!expected) continue;
        for (const place of places) {
          if (sessionEnding.has(op.id)) api = await clientFor(who);
          const { status, allowed } = await outcome(api, op, scopeOf(who, place));
          cells++;
          if (allowed !== expected[who].includes(place)) {
            unexpected.push(`${op.id} ${who}@${place}: ${status} (expected ${allowed ? "deny" : "allow"})`);
          }
        }
      }
    }
    process.stdout.write(
      `authorization matrix: ${operations.length} operations × ${everyone.length} roles × ${places.length} scopes = ${cells} cells, ${unexpected.length} unexpected\n`,
    );
    expect(unexpected).toEqual([]);
    expect(cells).toBe(operations.length * everyone.length * places.length);
  }, 900_000);
});
