import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAccountHead } from "../../functions/ledger/account-store";
import { totalOf } from "../../functions/ledger/model/entry";
import { cardPaymentId } from "../../functions/payments/provider/webhook-routes";
import { createLogger } from "../../functions/platform/log";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";
import { signInWithTotp } from "./support/identity";
import { deliverConcurrently, deliverTo, stripeEvents, stripeSecrets } from "./support/stripe-events";

/**
 * Open card disputes are visible to the board: each `charge.dispute.*` event marks the card
 * payment (open, then won or lost) once, whatever the order and however often Stripe delivers it;
 * the admin payments list shows the mark. Offline: events signed with the library's own
 * `generateTestHeaderString`.
 */
const ro = "ro-lalelelor-m7";
const account = "acct_1DomusLalele7";
const logs: string[] = [];
let domus: TestDomus;
const admin = new ApiClient("", "en");
const board = new ApiClient("", "en");
const { paid, dispute } = stripeEvents(account, ro, "u012");

interface ListedPayment {
  paymentId: string;
  method: string;
  dispute?: { state: string; since: string };
}

beforeAll(async () => {
  domus = await startTestDomus({
    stripe: stripeSecrets,
    log: createLogger("info", { service: "domus" }, (l) => logs.push(l)),
  });
  for (const api of [admin, board]) Object.assign(api, { baseUrl: domus.url });
  expect((await signInWithTotp(admin, "admin@example.com")).status).toBe(200);
  expect((await signInWithTotp(board, "victor.pop@example.com")).status).toBe(200);
  const settings = { enabled: true, provider: "stripe", accountId: account, fee: { percent: "2", fixedMinor: 0 } };
  expect((await admin.call("PUT", `/api/admin/associations/${ro}/payment-provider`, settings)).status).toBe(200);
}, 120_000);

afterAll(async () => {
  await domus?.stop();
});

const deliver = (payload: string) => deliverTo(domus.url, payload);
const times = (payload: string, n: number) => deliverConcurrently(domus.url, payload, n);

async function balance() {
  const head = await readAccountHead(domus.deps, ro, "u012", true);
  return totalOf(head?.balances ?? {});
}

/** The card payment of a session as the board's payments list shows it. */
async function listed(session: string) {
  const answer = await board.get<{ payments: ListedPayment[] }>(`/api/admin/associations/${ro}/payments?unitId=u012`);
  expect(answer.status).toBe(200);
  return answer.body.payments.find((p) => p.paymentId === cardPaymentId(ro, session));
}

async function payByCard(session: string) {
  expect((await (await deliver(paid(session, 4_000, 80))).json()).recorded).toBe(true);
}

describe("card disputes on the payments list", () => {
  it("marks an opened dispute once, however often and concurrently it comes, and books nothing", async () => {
    const session = "cs_test_open1";
    await payByCard(session);
    const before = await balance();
    expect((await listed(session))?.dispute).toBeUndefined();
    expect(await times(dispute(session, "charge.dispute.created", "needs_response", 4_080), 4)).toBe(1);
    expect(await times(dispute(session, "charge.dispute.updated", "under_review", 4_080), 2)).toBe(0);
    expect((await listed(session))?.dispute).toMatchObject({ state: "open", since: expect.stringMatching(/^20/) });
    expect(await balance()).toBe(before);
  });

  it("shows a won dispute as won, and a late 'created' never reopens it", async () => {
    const session = "cs_test_won1";
    await payByCard(session);
    const before = await balance();
    expect(await times(dispute(session, "charge.dispute.created", "warning_needs_response", 4_080), 1)).toBe(1);
    expect(await times(dispute(session, "charge.dispute.closed", "won", 4_080), 3)).toBe(1);
    expect(await times(dispute(session, "charge.dispute.created", "needs_response", 4_080), 2)).toBe(0);
    expect((await listed(session))?.dispute?.state).toBe("won");
    expect(await balance()).toBe(before);
  });

  it("shows a lost dispute as lost even when 'closed' arrives before 'created'; the money is reversed once", async () => {
    const session = "cs_test_lost1";
    await payByCard(session);
    const before = await balance();
    expect(await times(dispute(session, "charge.dispute.closed", "lost", 4_080), 3)).toBe(1);
    expect(await times(dispute(session, "charge.dispute.created", "needs_response", 4_080), 2)).toBe(0);
    expect((await listed(session))?.dispute?.state).toBe("lost");
    expect(await balance()).toBe(before + 4_000);
  });

  it("marks nothing for a dispute of an unknown payment or from another account, and logs it", async () => {
    const session = "cs_test_foreign1";
    await payByCard(session);
    const unknown = dispute("cs_test_nobody", "charge.dispute.created", "needs_response", 100);
    const foreign = dispute(session, "charge.dispute.created", "needs_response", 4_080).replace(
      `"account": "${account}"`,
      '"account": "acct_1SomebodyElse"',
    );
    for (const payload of [unknown, foreign]) {
      const answer = await deliver(payload);
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ received: true, recorded: false });
    }
    expect((await listed(session))?.dispute).toBeUndefined();
    expect(logs.filter((l) => l.includes("card dispute not recorded")).length).toBe(2);
  });
});
