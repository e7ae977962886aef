import { describe, expect, it } from "vitest";
import { asStripeEvent, disputeStateOf, fromStripeEvent, type StripeEventShape } from "./provider-events";

const event = (
  type: string,
  object: Record<string, unknown>,
  previous?: Record<string, unknown>,
): StripeEventShape => ({
  id: "evt_1",
  type,
  account: "acct_1",
  created: 1_800_000_000,
  data: previous ? { object, previous_attributes: previous } : { object },
});

describe("Stripe events as Domus sees them", () => {
  it("reads a paid checkout with its payment intent; an unpaid one is ignored", () => {
    const session = {
      id: "cs_1",
      payment_status: "paid",
      payment_intent: "pi_1",
      currency: "ron",
      amount_total: 10_200,
      metadata: { domus_association: "a", domus_unit: "u1", domus_amount_minor: "10000", domus_fee_minor: "200" },
    };
    expect(fromStripeEvent(event("checkout.session.completed", session))).toMatchObject({
      kind: "checkout_paid",
      sessionId: "cs_1",
      paymentIntentId: "pi_1",
      currency: "RON",
      amountMinor: 10_000,
      feeMinor: 200,
      totalMinor: 10_200,
      occurredAt: new Date(1_800_000_000_000),
    });
    const unpaid = fromStripeEvent(event("checkout.session.completed", { ...session, payment_status: "unpaid" }));
    expect(unpaid.kind).toBe("ignored");
  });

  it("takes a refund's amount from what the event added to the cumulative refunded amount", () => {
    const charge = { id: "ch_1", amount: 10_200, amount_refunded: 7_000, currency: "ron", payment_intent: "pi_1" };
    expect(fromStripeEvent(event("charge.refunded", charge, { amount_refunded: 3_000 }))).toMatchObject({
      kind: "money_returned",
      reason: "refund",
      returnId: "evt_1",
      paymentIntentId: "pi_1",
      amountMinor: 4_000,
    });
  });

  it("names a refund by its id and amount when the event includes the refunds list", () => {
    const charge = {
      id: "ch_1",
      amount_refunded: 500,
      currency: "ron",
      payment_intent: { id: "pi_2" },
      refunds: { data: [{ id: "re_9", amount: 500 }] },
    };
    expect(fromStripeEvent(event("charge.refunded", charge))).toMatchObject({
      returnId: "re_9",
      paymentIntentId: "pi_2",
      amountMinor: 500,
    });
  });

  it("leaves the amount unknown when the event does not say it (nothing is booked then)", () => {
    const charge = { id: "ch_1", amount_refunded: 500, currency: "ron", payment_intent: "pi_1" };
    expect(fromStripeEvent(event("charge.refunded", charge))).toMatchObject({ amountMinor: undefined });
    const same = event("charge.refunded", charge, { amount_refunded: 500 });
    expect(fromStripeEvent(same)).toMatchObject({ amountMinor: undefined });
  });

  it("turns a lost dispute into a chargeback; opened or won ones are notices", () => {
    const d = { id: "dp_1", amount: 5_100, currency: "ron", payment_intent: "pi_1", status: "lost" };
    expect(fromStripeEvent(event("charge.dispute.closed", d))).toMatchObject({
      kind: "money_returned",
      reason: "chargeback",
      returnId: "dp_1",
      amountMinor: 5_100,
    });
    expect(fromStripeEvent(event("charge.dispute.closed", { ...d, status: "won" }))).toMatchObject({
      kind: "dispute_notice",
      status: "won",
      state: "won",
    });
    expect(fromStripeEvent(event("charge.dispute.created", { ...d, status: "needs_response" }))).toMatchObject({
      kind: "dispute_notice",
      disputeId: "dp_1",
      paymentIntentId: "pi_1",
      state: "open",
    });
    expect(fromStripeEvent(event("charge.dispute.updated", { ...d, status: "under_review" }))).toMatchObject({
      kind: "dispute_notice",
      state: "open",
    });
  });

  it("reads Stripe's dispute statuses as open, won or lost", () => {
    const states = ["warning_needs_response", "warning_under_review", "needs_response", "under_review"].map(
      disputeStateOf,
    );
    expect(states).toEqual(["open", "open", "open", "open"]);
    expect(["won", "warning_closed", "lost"].map(disputeStateOf)).toEqual(["won", "won", "lost"]);
  });

  it("ignores other events and refuses bodies that are not events", () => {
    expect(fromStripeEvent(event("customer.created", { id: "cus_1" })).kind).toBe("ignored");
    expect(asStripeEvent({ id: "evt_1", type: "x", created: 1 })).toBeUndefined();
    expect(asStripeEvent(null)).toBeUndefined();
    expect(asStripeEvent([])).toBeUndefined();
  });
});
