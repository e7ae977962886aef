import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAccountHead } from "../../functions/ledger/account-store";
import { totalOf } from "../../functions/ledger/model/entry";
import { readEntries } from "../../functions/ledger/read-entries";
import { readPayment } from "../../functions/payments/payment-store";
import { cardPaymentId } from "../../functions/payments/provider/webhook-routes";
import { createLogger } from "../../functions/platform/log";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";
import { signInWithTotp } from "./support/identity";
import {
  deliverConcurrently as deliverTimes,
  deliverTo,
  forgedSignature,
  stripeEvents,
  stripeSecrets,
} from "./support/stripe-events";

/**
 * Card money going back — refunds (full and partial) and lost disputes — booked as reversal
 * entries on the owner's account, never edits, exactly once per refund or dispute however often
 * and however concurrently Stripe delivers the event. Offline: events signed with the library's
 * own `generateTestHeaderString`.
 */
const ro = "ro-lalelelor-m7";
const account = "acct_1DomusLalele7";
const logs: string[] = [];
let domus: TestDomus;
const admin = new ApiClient("", "en");
const accountant = new ApiClient("", "en");
const owner = new ApiClient("", "ro");

interface OwnerPayments {
  openMinor: number;
  creditMinor: number;
  returns: { paymentId: string; kind: string; amountMinor: number; description: string }[];
}

beforeAll(async () => {
  domus = await startTestDomus({
    stripe: stripeSecrets,
    log: createLogger("info", { service: "domus" }, (l) => logs.push(l)),
  });
  for (const api of [admin, accountant, owner]) Object.assign(api, { baseUrl: domus.url });
  expect((await signInWithTotp(admin, "admin@example.com")).status).toBe(200);
  expect((await signInWithTotp(accountant, "maria.stan@example.com")).status).toBe(200);
  expect((await owner.signIn("ana.popescu@example.com")).status).toBe(200);
  const settings = { enabled: true, provider: "stripe", accountId: account, fee: { percent: "2", fixedMinor: 0 } };
  expect((await admin.call("PUT", `/api/admin/associations/${ro}/payment-provider`, settings)).status).toBe(200);
}, 120_000);

afterAll(async () => {
  await domus?.stop();
});

const { event, paid, dispute } = stripeEvents(account, ro, "u012");
const deliver = (payload: string, signature?: string) => deliverTo(domus.url, payload, signature);
const deliverConcurrently = (payload: string, times: number) => deliverTimes(domus.url, payload, times);

/** `charge.refunded` as Stripe sends it: the cumulative amount now and before, the refunds list optional. */
function refunded(
  session: string,
  r: { eventId: string; before: number; after: number; total: number; refundId?: string },
) {
  const refunds = r.refundId ? { object: "list", data: [{ id: r.refundId, amount: r.after - r.before }] } : undefined;
  return event(
    r.eventId,
    "charge.refunded",
    {
      id: `ch_${session}`,
      object: "charge",
      amount: r.total,
      amount_refunded: r.after,
      refunded: r.after === r.total,
      currency: "ron",
      payment_intent: `pi_${session}`,
      ...(refunds ? { refunds } : {}),
    },
    { amount_refunded: r.before, refunded: false },
  );
}

async function balance() {
  const head = await readAccountHead(domus.deps, ro, "u012", true);
  return totalOf(head?.balances ?? {});
}

async function ownerView() {
  return (await owner.get<OwnerPayments>(`/api/owner/associations/${ro}/units/u012/payments`)).body;
}

/** Each stored balance equals the sum of its immutable entries. */
async function expectBalanceIsSumOfEntries() {
  const head = await readAccountHead(domus.deps, ro, "u012", true);
  const entries = await readEntries(domus.deps, head?.key as never, ro, "u012");
  expect(entries.reduce((s, e) => s + e.amountMinor, 0)).toBe(totalOf(head?.balances ?? {}));
}

describe("card refunds", () => {
  const session = "cs_test_refund1";

  it("reverses a partial refund once, however often and concurrently the event comes", async () => {
    const before = await ownerView();
    expect((await (await deliver(paid(session, 10_000, 200))).json()).recorded).toBe(true);
    const afterPayment = await balance();
    const partial = refunded(session, { eventId: "evt_rf1", before: 0, after: 3_000, total: 10_200, refundId: "re_1" });
    expect(await deliverConcurrently(partial, 5)).toBe(1);
    expect(await deliverConcurrently(partial, 2)).toBe(0);
    expect(await balance()).toBe(afterPayment + 3_000);
    const view = await ownerView();
    expect(view.returns).toEqual([
      expect.objectContaining({ paymentId: cardPaymentId(ro, session), kind: "refund", amountMinor: 3_000 }),
    ]);
    expect(view.returns[0]?.description).toBe("Plată cu cardul rambursată");
    // What is owed (net of credit) is what was owed before, less what stayed paid.
    expect(view.openMinor).toBe(before.openMinor - 7_000);
    await expectBalanceIsSumOfEntries();
  });

  it("reverses the rest on a full refund, never more than was credited (the fee was not)", async () => {
    const before = await balance();
    // The whole charge refunded, fee included; this API version leaves the refunds list out.
    const rest = refunded(session, { eventId: "evt_rf2", before: 3_000, after: 10_200, total: 10_200 });
    expect(await deliverConcurrently(rest, 4)).toBe(1);
    expect(await balance()).toBe(before + 7_000);
    const view = await ownerView();
    expect(view.returns.map((r) => r.amountMinor).sort()).toEqual([3_000, 7_000]);
    await expectBalanceIsSumOfEntries();
  });

  it("refuses to reverse by hand a payment whose money already went back", async () => {
    const answer = await accountant.post<{ error: { code: string } }>(
      `/api/admin/associations/${ro}/payments/${cardPaymentId(ro, session)}/reversal`,
      { reason: "double" },
    );
    expect(answer.status).toBe(409);
    expect(answer.body.error.code).toBe("payment.card_returned");
    expect((await readPayment(domus.deps, ro, cardPaymentId(ro, session)))?.status).toBe("posted");
  });

  it("rejects a refund with a bad signature and books nothing", async () => {
    const before = await balance();
    const forged = refunded("cs_test_refund1", { eventId: "evt_forged", before: 0, after: 500, total: 10_200 });
    expect((await deliver(forged, forgedSignature(forged))).status).toBe(400);
    expect((await deliver(forged, "t=1,v1=00")).status).toBe(400);
    expect(await balance()).toBe(before);
  });

  it("acknowledges, logs and does not book a refund of an unknown payment or from another account", async () => {
    const before = await balance();
    const unknown = refunded("cs_test_unknown", { eventId: "evt_unknown", before: 0, after: 100, total: 100 });
    const foreign = refunded(session, { eventId: "evt_foreign", before: 0, after: 100, total: 10_200 }).replace(
      `"account": "${account}"`,
      '"account": "acct_1SomebodyElse"',
    );
    for (const payload of [unknown, foreign]) {
      const answer = await deliver(payload);
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ received: true, recorded: false });
    }
    expect(await balance()).toBe(before);
    expect(logs.filter((l) => l.includes("card return not booked")).length).toBe(2);
  });
});

describe("card disputes", () => {
  const session = "cs_test_dispute1";

  it("books nothing when a dispute opens or is won (it is only marked); a lost one is reversed once", async () => {
    expect((await (await deliver(paid(session, 5_000, 100))).json()).recorded).toBe(true);
    const afterPayment = await balance();
    expect(await deliverConcurrently(dispute(session, "charge.dispute.created", "needs_response", 5_100), 3)).toBe(1);
    expect(await deliverConcurrently(dispute(session, "charge.dispute.closed", "won", 5_100), 2)).toBe(1);
    expect(await balance()).toBe(afterPayment);
    expect(logs.some((l) => l.includes("card payment dispute"))).toBe(true);
    // Lost: the bank took the whole charge back (fee included); the owner owes the amount again.
    const lost = dispute(session, "charge.dispute.closed", "lost", 5_100);
    expect(await deliverConcurrently(lost, 5)).toBe(1);
    expect(await deliverConcurrently(lost, 1)).toBe(0);
    expect(await balance()).toBe(afterPayment + 5_000);
    const view = await ownerView();
    expect(view.returns.find((r) => r.kind === "chargeback")).toMatchObject({
      paymentId: cardPaymentId(ro, session),
      amountMinor: 5_000,
    });
    await expectBalanceIsSumOfEntries();
  });
});
