import { requireAssociation, todayIn } from "../billing/load-inputs";
import { type PaymentCode, paymentCodeIfPossible } from "../documents/payment-code";
import type { AppDeps } from "../platform/deps";
import { notFound } from "../platform/errors";
import { route } from "../platform/http/route";
import { readUnit } from "../registry/units";
import { accountOpenItems } from "./account-items";
import { payNowContract } from "./contracts-pay";
import type { OpenItems } from "./model/open-items";
import { presentDebts } from "./present";
import { maxCardAmountMinor, quoteFee } from "./provider/model/fee";
import { enabledCardSettings } from "./provider/settings";

/** The latest period the account was charged for: what a transfer title names (never "this month", which may not be billed yet). */
function lastBilledPeriod(items: OpenItems): string | undefined {
  return items.debts.reduce<string | undefined>((last, d) => (last && last >= d.period ? last : d.period), undefined);
}

/** The association, unit and open amount a payment request is built from. */
export async function payRequestOf(deps: AppDeps, associationId: string, unitId: string) {
  const a = await requireAssociation(deps, associationId);
  const unit = await readUnit(deps, associationId, unitId);
  if (!unit) throw notFound();
  const items = await accountOpenItems(deps, associationId, unitId);
  const debts = presentDebts(items);
  return {
    a,
    unit,
    amountMinor: Math.max(0, debts.totalMinor),
    creditMinor: debts.creditMinor,
    lastBilledPeriod: lastBilledPeriod(items),
  };
}

/**
 * The payment code for the open amount, titled with the last billed period; undefined when there
 * is nothing to pay, no account to pay into, or the standard cannot carry it (ZBP: 9,999.99 zł).
 */
export function payCodeOf(r: Awaited<ReturnType<typeof payRequestOf>>, now: Date): PaymentCode | undefined {
  if (r.amountMinor <= 0 || r.a.bankAccounts.length === 0) return undefined;
  const period = r.lastBilledPeriod ?? todayIn(r.a.timezone, now).slice(0, 7);
  return paymentCodeIfPossible(r.a, { amountMinor: r.amountMinor, reference: r.unit.paymentReference, period });
}

/** Whether the owner may pay by card, and the fee on the open amount (shown before paying). */
async function cardOffer(deps: AppDeps, associationId: string, currency: string, amountMinor: number) {
  const settings = await enabledCardSettings(deps, associationId);
  if (!settings) return { cardAvailable: false };
  const quote =
    amountMinor > 0 && amountMinor <= maxCardAmountMinor ? quoteFee(amountMinor, currency, settings.fee) : undefined;
  return {
    cardAvailable: true,
    ...(quote ? { cardQuote: { amountMinor, feeMinor: quote.feeMinor, totalMinor: quote.totalMinor } } : {}),
  };
}

/** "Pay now" for owners (owner Lambda): transfer details only; the QR image comes from the files Lambda. */
export const payNowRoutes = [
  route(payNowContract, async (ctx, { params }) => {
    const request = await payRequestOf(ctx.deps, params.associationId, params.unitId);
    const { a, unit, amountMinor, creditMinor } = request;
    const bank = a.bankAccounts[0];
    return {
      currency: a.currency,
      amountMinor,
      creditMinor,
      payee: a.legalName,
      iban: bank?.iban ?? "",
      bankName: bank?.bankName ?? "",
      reference: unit.paymentReference,
      unitNumber: unit.number,
      qrAvailable: payCodeOf(request, ctx.deps.clock.now()) !== undefined,
      ...(await cardOffer(ctx.deps, a.associationId, a.currency, amountMinor)),
    };
  }),
];
