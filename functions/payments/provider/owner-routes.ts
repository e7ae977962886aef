import { requireAssociation } from "../../billing/load-inputs";
import { domainGuard } from "../../kernel/domain-errors";
import { parseDecimalToMinor } from "../../kernel/money";
import { appError, notFound } from "../../platform/errors";
import { actorOf, route } from "../../platform/http/route";
import { translate } from "../../platform/i18n";
import { readUnit } from "../../registry/units";
import { stableId } from "../model/payment-entries";
import { feeGuard } from "./admin-routes";
import * as c from "./contracts";
import { activeProvider } from "./factory";
import type { FeeQuote } from "./model/fee";
import "./messages";

function quoteView(q: FeeQuote) {
  return { amountMinor: q.amountMinor, feeMinor: q.feeMinor, totalMinor: q.totalMinor };
}

/** The owner's card payment (owner Lambda): fee first, then the processor's checkout. */
export const providerOwnerRoutes = [
  route(c.startCardPaymentContract, async (ctx, { params, body }) => {
    const { associationId, unitId } = params;
    const active = await activeProvider(ctx.deps, associationId);
    if (!active) throw appError("payment.card_unavailable");
    const a = await requireAssociation(ctx.deps, associationId);
    const unit = await readUnit(ctx.deps, associationId, unitId);
    if (!unit) throw notFound();
    const amountMinor = await domainGuard(() => parseDecimalToMinor(body.amount, a.currency, "amount"), "amount");
    const quote = feeGuard(() => active.provider.quote(amountMinor, a.currency), "amount");
    const answer = { currency: a.currency, ...quoteView(quote) };
    if (body.acceptedTotalMinor === undefined) return answer;
    if (body.acceptedTotalMinor !== quote.totalMinor) {
      throw appError("payment.quote_changed", { status: 409 });
    }
    const actor = actorOf(ctx);
    const back = `${ctx.deps.config.appUrl}/a/${encodeURIComponent(associationId)}/u/${encodeURIComponent(unitId)}/pay`;
    const session = await active.provider.createCheckout({
      accountId: active.settings.accountId,
      associationId,
      unitId,
      quote,
      amountLabel: translate(ctx.locale, "payment.card.amountLabel", {
        unit: unit.number,
        reference: unit.paymentReference,
      }),
      feeLabel: translate(ctx.locale, "payment.card.feeLabel"),
      successUrl: `${back}?card=done`,
      cancelUrl: `${back}?card=cancelled`,
      idempotencyKey: stableId(
        "co",
        associationId,
        unitId,
        actor.personId,
        body.idempotencyKey ?? ctx.requestId,
        String(quote.totalMinor),
      ),
    });
    ctx.log.info("card checkout opened", { associationId, unitId, sessionId: session.sessionId });
    return { ...answer, checkoutUrl: session.url };
  }),
];
