import Stripe from "stripe";
import { expect } from "vitest";
import { testNow } from "../../support/test-clock";

/** The test keys every card test runs with (never real ones). */
export const stripeSecrets = { secretKey: "sk_test_domus0000", webhookSecret: "whsec_domustest0000" };
const stripe = new Stripe(stripeSecrets.secretKey);

/**
 * Stripe events for one association's connected account, as Stripe sends them, signed offline
 * with the library's own `generateTestHeaderString`, and delivered to a running Domus.
 */
export function stripeEvents(account: string, associationId: string, unitId: string) {
  const now = () => Math.floor(testNow() / 1000);

  function event(id: string, type: string, object: Record<string, unknown>, previous?: Record<string, unknown>) {
    const data = previous ? { object, previous_attributes: previous } : { object };
    return JSON.stringify({ id, object: "event", account, created: now(), livemode: false, type, data }, null, 2);
  }

  /** `checkout.session.completed` of a paid session for the unit: amount to the owner, fee on top. */
  function paid(session: string, amountMinor: number, feeMinor: number) {
    return event(`evt_${session}`, "checkout.session.completed", {
      id: session,
      object: "checkout.session",
      payment_status: "paid",
      payment_intent: `pi_${session}`,
      currency: "ron",
      amount_total: amountMinor + feeMinor,
      metadata: {
        domus_association: associationId,
        domus_unit: unitId,
        domus_amount_minor: String(amountMinor),
        domus_fee_minor: String(feeMinor),
      },
    });
  }

  /** A `charge.dispute.*` event of the session's payment. */
  function dispute(session: string, type: string, status: string, amount: number) {
    return event(`evt_${type}_${status}_${session}`, type, {
      id: `dp_${session}`,
      object: "dispute",
      amount,
      currency: "ron",
      charge: `ch_${session}`,
      payment_intent: `pi_${session}`,
      reason: "fraudulent",
      status,
    });
  }

  return { event, paid, dispute };
}

/** Posts a payload to the webhook, signed with the endpoint's secret unless another signature is given. */
export function deliverTo(
  url: string,
  payload: string,
  signature = stripe.webhooks.generateTestHeaderString({
    payload,
    secret: stripeSecrets.webhookSecret,
    timestamp: Math.floor(testNow() / 1000),
  }),
) {
  return fetch(`${url}/api/auth/webhooks/stripe`, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": signature },
    body: payload,
  });
}

/** Delivers the same event `times` times at once; answers how many said "recorded". */
export async function deliverConcurrently(url: string, payload: string, times: number) {
  const answers = await Promise.all(Array.from({ length: times }, () => deliverTo(url, payload)));
  expect(answers.map((a) => a.status)).toEqual(Array(times).fill(200));
  const bodies = (await Promise.all(answers.map((a) => a.json()))) as { recorded: boolean }[];
  return bodies.filter((b) => b.recorded).length;
}

/** A signature made with another secret: what a forger could send. */
export function forgedSignature(payload: string) {
  return stripe.webhooks.generateTestHeaderString({
    payload,
    secret: "whsec_other",
    timestamp: Math.floor(testNow() / 1000),
  });
}
