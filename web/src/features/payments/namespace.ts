import i18next from "i18next";
import { type ComponentType, lazy } from "react";

/** The translation namespace of the payment and debt screens. */
export const PAYMENTS_NS = "payments";

/** A lazily loaded page whose `payments` (and `billing`, for shared widgets) texts load with its code. */
export function lazyPaymentsPage<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  return lazy(async () => {
    const [module] = await Promise.all([load(), i18next.loadNamespaces([PAYMENTS_NS, "billing"])]);
    return module;
  });
}

const enc = encodeURIComponent;

/** Links of the payment screens. */
export const paymentPaths = {
  record: (a: string) => `/a/${enc(a)}/admin/payments`,
  statements: (a: string) => `/a/${enc(a)}/admin/payments/statements`,
  settings: (a: string) => `/a/${enc(a)}/admin/payments/settings`,
  debtors: (a: string) => `/a/${enc(a)}/admin/debts`,
  mine: (a: string, u: string) => `/a/${enc(a)}/u/${enc(u)}/payments`,
  pay: (a: string, u: string) => `/a/${enc(a)}/u/${enc(u)}/pay`,
};
