import { domainGuard } from "../kernel/domain-errors";
import { parseDecimalToMinor } from "../kernel/money";
import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import type { Locale } from "../platform/model/schemas";
import { isConditionFailure } from "../platform/table";
import type { AssociationProfile } from "../registry/associations";
import { computeBill } from "./compute/compute-bill";
import type { Distribution, Invoice } from "./compute/types";
import { loadInputs } from "./load-inputs";
import { presentLine } from "./review";
import { putInvoice } from "./rules-store";
import { readRun } from "./run-store";

/** What the accountant types for an invoice. */
export interface InvoiceInput extends Omit<Invoice, "invoiceId" | "amountMinor" | "distribution"> {
  amount: string;
  distribution: Distribution;
}

/** Invoices go only into open periods; a published period is corrected by adjustments. */
export async function requireOpenPeriod(deps: AppDeps, associationId: string, period: string): Promise<void> {
  const run = await readRun(deps, associationId, period, true);
  if (run && run.status !== "draft") throw appError("billing.period_closed", { status: 409, params: { period } });
}

/** Checks currency (422 `billing.wrong_currency`) and turns the decimal amount into minor units. */
export async function toInvoice(a: AssociationProfile, input: InvoiceInput, invoiceId: string): Promise<Invoice> {
  if (input.currency !== a.currency) {
    throw appError("billing.wrong_currency", {
      params: { currency: a.currency },
      fields: [{ path: "currency", code: "billing.wrong_currency", params: { currency: a.currency } }],
    });
  }
  const { amount, ...rest } = input;
  const amountMinor = await domainGuard(() => parseDecimalToMinor(amount, a.currency, "amount"), "amount");
  if (amountMinor <= 0)
    throw appError("request.invalid", { fields: [{ path: "amount", code: "billing.zero_amount" }] });
  return { ...rest, invoiceId, amountMinor };
}

/** Allocates one invoice against the registry without writing: per-unit amounts and explanations. */
export async function previewInvoice(deps: AppDeps, a: AssociationProfile, invoice: Invoice, locale: Locale) {
  const inputs = await loadInputs(deps, a, invoice.period);
  const lines = await domainGuard(() => computeBill({ ...inputs, rules: [], invoices: [invoice] }));
  const numbers = new Map(inputs.units.map((u) => [u.unitId, u.number]));
  return {
    totalMinor: invoice.amountMinor,
    allocatedMinor: lines.reduce((s, l) => s + l.amountMinor, 0),
    lines: lines.map((l) => ({ ...presentLine(l, a, locale), unitNumber: numbers.get(l.unitId) ?? "" })),
  };
}

/** Validates by allocating, then stores the invoice (ids are fresh, so a put-if-absent never overwrites). */
export async function createInvoice(
  deps: AppDeps,
  a: AssociationProfile,
  input: InvoiceInput,
  locale: Locale,
): Promise<Invoice> {
  await requireOpenPeriod(deps, a.associationId, input.period);
  const invoice = await toInvoice(a, input, deps.ids.next("inv"));
  await previewInvoice(deps, a, invoice, locale);
  try {
    await putInvoice(deps, a.associationId, invoice);
  } catch (error) {
    if (isConditionFailure(error)) throw appError("conflict");
    throw error;
  }
  return invoice;
}
