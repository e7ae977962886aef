import { todayIn } from "../../billing/load-inputs";
import type { RouteContext } from "../../platform/http/route";
import { translate } from "../../platform/i18n";
import { readAssociation } from "../../registry/associations";
import { readCardPaymentLink } from "./card-links";
import { recordCardReturn } from "./card-return-store";
import type { MoneyReturned } from "./model/provider-events";
import { readProviderSettings } from "./settings";

const descriptions = { refund: "payment.desc.card_refund", chargeback: "payment.desc.chargeback" } as const;

/** The booked card payment a return belongs to, or why it cannot be booked. */
async function targetOf(ctx: RouteContext, e: MoneyReturned) {
  if (!e.paymentIntentId) return { problem: "payment" } as const;
  if (e.amountMinor === undefined) return { problem: "amount" } as const;
  const link = await readCardPaymentLink(ctx.deps, e.paymentIntentId);
  if (!link) return { problem: "payment" } as const;
  const a = await readAssociation(ctx.deps, link.associationId);
  if (!a) return { problem: "association" } as const;
  const settings = await readProviderSettings(ctx.deps, a.associationId);
  if (!settings.accountId || e.accountId !== settings.accountId) return { problem: "account" } as const;
  if (e.currency !== a.currency) return { problem: "currency" } as const;
  return { a, link, amountMinor: e.amountMinor };
}

/**
 * Books money that went back to the payer (a refund, a lost dispute) as a reversal on the
 * owner's account, once per refund or dispute however often and however concurrently the
 * event is delivered. Events that cannot be matched are acknowledged and logged as errors.
 */
export async function bookReturn(ctx: RouteContext, e: MoneyReturned): Promise<boolean> {
  const log = { eventId: e.eventId, returnId: e.returnId, reason: e.reason };
  const target = await targetOf(ctx, e);
  if ("problem" in target) {
    ctx.log.error("card return not booked", { ...log, problem: target.problem });
    return false;
  }
  const { a, link, amountMinor } = target;
  const out = await recordCardReturn(ctx.deps, a.associationId, {
    paymentId: link.paymentId,
    returnId: e.returnId,
    reason: e.reason,
    amountMinor,
    date: todayIn(a.timezone, e.occurredAt),
    description: translate(a.locale, descriptions[e.reason]),
  });
  ctx.log.info("card return recorded", { ...log, paymentId: link.paymentId, ...out });
  return out.created && out.reversedMinor > 0;
}
