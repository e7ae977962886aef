import type { AppDeps } from "../../platform/deps";
import { keys } from "../../platform/keys";

/**
 * Refunds and disputes name the processor's payment (Stripe `pi_…`), not the checkout session a
 * card payment was booked under: this link, written when the payment is booked, leads back.
 */
export interface CardPaymentLink {
  associationId: string;
  paymentId: string;
  unitId: string;
}

/** Links (again: idempotent) a processor's payment to the booked card payment. */
export async function linkCardPayment(deps: AppDeps, processorPaymentId: string, link: CardPaymentLink) {
  await deps.table.put({ ...keys.cardPaymentLink(processorPaymentId), ...link });
}

export async function readCardPaymentLink(deps: AppDeps, processorPaymentId: string) {
  const item = await deps.table.get<CardPaymentLink & { pk: string; sk: string }>(
    keys.cardPaymentLink(processorPaymentId),
    true,
  );
  return item ? { associationId: item.associationId, paymentId: item.paymentId, unitId: item.unitId } : undefined;
}
