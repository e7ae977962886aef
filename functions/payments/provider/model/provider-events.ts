/**
 * What Domus acts on from a payment processor's verified notification, and how a Stripe event
 * (already verified, parsed JSON) maps to it. Pure: shapes in, shapes out.
 */
interface EventBase {
  eventId: string;
  /** The connected account the event came from (must be the association's). */
  accountId: string | undefined;
  /** When the processor created the event. */
  occurredAt: Date;
}

export interface CheckoutPaid extends EventBase {
  kind: "checkout_paid";
  /** The processor's id of the checkout: the payment is recorded once per session. */
  sessionId: string;
  /** The payment behind the checkout; refunds and disputes name it, not the session. */
  paymentIntentId: string | undefined;
  associationId: string | undefined;
  unitId: string | undefined;
  currency: string;
  amountMinor: number | undefined;
  feeMinor: number | undefined;
  totalMinor: number;
}

/** Money that went back to the payer: a (partial) refund, or a dispute the association lost. */
export interface MoneyReturned extends EventBase {
  kind: "money_returned";
  reason: "refund" | "chargeback";
  /** What makes this return one return: the refund id (the event id when the event omits it) or the dispute id. */
  returnId: string;
  paymentIntentId: string | undefined;
  currency: string;
  /** This return's amount; undefined when the event does not say (then nothing is booked). */
  amountMinor: number | undefined;
}

/** Where a card dispute stands, as the board sees it on the payment. */
export type DisputeState = "open" | "won" | "lost";

/**
 * A dispute opened, changed, or closed without losing money: nothing to book, but the payment
 * is marked so the board sees it.
 */
export interface DisputeNotice extends EventBase {
  kind: "dispute_notice";
  disputeId: string;
  paymentIntentId: string | undefined;
  /** Stripe's own status (`needs_response`, `under_review`, `won`, …), for the log. */
  status: string;
  state: DisputeState;
}

export type ProviderEvent =
  | CheckoutPaid
  | MoneyReturned
  | DisputeNotice
  | { kind: "ignored"; eventId: string; type: string };

/** The few fields of a Stripe event Domus reads. */
export interface StripeEventShape {
  id: string;
  type: string;
  account?: string;
  created: number;
  data: { object: Record<string, unknown>; previous_attributes?: Record<string, unknown> };
}

/** Metadata keys Domus puts on a checkout session and reads back from the signed event. */
export const checkoutMetadata = {
  association: "domus_association",
  unit: "domus_unit",
  amount: "domus_amount_minor",
  fee: "domus_fee_minor",
} as const;

const text = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);
const count = (v: unknown) => (typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? v : undefined);
/** An expandable reference: an id, or the expanded object with its id. */
const idOf = (v: unknown) => text(v) ?? text((v as { id?: unknown } | null)?.id);

function minorOf(value: unknown): number | undefined {
  if (typeof value !== "string" || !/^\d{1,15}$/.test(value)) return undefined;
  return Number(value);
}

function base(e: StripeEventShape): EventBase {
  return { eventId: e.id, accountId: e.account, occurredAt: new Date(e.created * 1000) };
}

function checkoutPaid(e: StripeEventShape): CheckoutPaid | undefined {
  const session = e.data.object;
  // "completed" with an unpaid delayed method is followed by async_payment_succeeded.
  if (session.payment_status !== "paid") return undefined;
  const m = (session.metadata ?? {}) as Record<string, unknown>;
  return {
    kind: "checkout_paid",
    ...base(e),
    sessionId: String(session.id),
    paymentIntentId: idOf(session.payment_intent),
    associationId: text(m[checkoutMetadata.association]),
    unitId: text(m[checkoutMetadata.unit]),
    currency: (text(session.currency) ?? "").toUpperCase(),
    amountMinor: minorOf(m[checkoutMetadata.amount]),
    feeMinor: minorOf(m[checkoutMetadata.fee]),
    totalMinor: count(session.amount_total) ?? 0,
  };
}

/**
 * A refund's amount is what this event added to the charge's cumulative `amount_refunded`
 * (from `previous_attributes`), or the newest refund's amount when the refunds are included.
 */
function refunded(e: StripeEventShape): MoneyReturned {
  const charge = e.data.object;
  const newest = ((charge.refunds as { data?: unknown[] } | undefined)?.data?.[0] ?? undefined) as
    | { id?: unknown; amount?: unknown }
    | undefined;
  const before = count(e.data.previous_attributes?.amount_refunded);
  const after = count(charge.amount_refunded);
  const delta = before !== undefined && after !== undefined ? after - before : count(newest?.amount);
  return {
    kind: "money_returned",
    ...base(e),
    reason: "refund",
    returnId: text(newest?.id) ?? e.id,
    paymentIntentId: idOf(charge.payment_intent),
    currency: (text(charge.currency) ?? "").toUpperCase(),
    amountMinor: delta !== undefined && delta > 0 ? delta : undefined,
  };
}

/**
 * Stripe's dispute status as the board's three states. An inquiry closed without becoming a
 * chargeback (`warning_closed`) left the money with the association: won.
 */
export function disputeStateOf(status: string): DisputeState {
  if (status === "lost") return "lost";
  return status === "won" || status === "warning_closed" ? "won" : "open";
}

function dispute(e: StripeEventShape): MoneyReturned | DisputeNotice {
  const d = e.data.object;
  const status = text(d.status) ?? "unknown";
  const common = { ...base(e), paymentIntentId: idOf(d.payment_intent) };
  if (e.type === "charge.dispute.closed" && status === "lost") {
    return {
      kind: "money_returned",
      ...common,
      reason: "chargeback",
      returnId: String(d.id),
      currency: (text(d.currency) ?? "").toUpperCase(),
      amountMinor: count(d.amount) || undefined,
    };
  }
  return { kind: "dispute_notice", ...common, disputeId: String(d.id), status, state: disputeStateOf(status) };
}

/** A parsed body with the shape of a Stripe event, or undefined. */
export function asStripeEvent(json: unknown): StripeEventShape | undefined {
  const e = json as Partial<StripeEventShape> | null;
  const object = e?.data?.object;
  if (typeof e?.id !== "string" || typeof e.type !== "string" || typeof e.created !== "number") return undefined;
  if (typeof object !== "object" || object === null) return undefined;
  return e as StripeEventShape;
}

/** The Domus view of a verified Stripe event; anything else is acknowledged and ignored. */
export function fromStripeEvent(e: StripeEventShape): ProviderEvent {
  const ignored = { kind: "ignored", eventId: e.id, type: e.type } as const;
  switch (e.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded":
      return checkoutPaid(e) ?? ignored;
    case "charge.refunded":
      return refunded(e);
    case "charge.dispute.created":
    case "charge.dispute.updated":
    case "charge.dispute.closed":
      return dispute(e);
    default:
      return ignored;
  }
}
