import type { AppDeps } from "../platform/deps";
import { keys } from "../platform/keys";
import type { ChargeRule, Invoice } from "./compute/types";
import { saveRuleVersioned } from "./rule-versions";

type RuleItem = ChargeRule & { pk: string; sk: string; updatedAt?: string; updatedBy?: string };
type InvoiceItem = Invoice & { pk: string; sk: string; createdAt: string };

/**
 * Saves a rule (association data: rates and names are not personal) with its new immutable
 * version; `savedBy` is the person, absent when the platform saves (demo data, scripts).
 */
export async function putRule(
  deps: AppDeps,
  associationId: string,
  rule: ChargeRule,
  savedBy?: string,
): Promise<ChargeRule> {
  return saveRuleVersioned(deps, associationId, rule, savedBy);
}

export async function listRules(deps: AppDeps, associationId: string): Promise<ChargeRule[]> {
  const items = await deps.table.queryAll<RuleItem>(`A#${associationId}`, "RULE#");
  return items.map(({ pk: _p, sk: _s, updatedAt: _u, updatedBy: _b, ...rule }) => rule);
}

export async function readRule(deps: AppDeps, associationId: string, ruleId: string): Promise<ChargeRule | undefined> {
  const item = await deps.table.get<RuleItem>(keys.chargeRule(associationId, ruleId));
  if (!item) return undefined;
  const { pk: _p, sk: _s, updatedAt: _u, updatedBy: _b, ...rule } = item;
  return rule;
}

export async function deleteRule(deps: AppDeps, associationId: string, ruleId: string): Promise<void> {
  await deps.table.delete(keys.chargeRule(associationId, ruleId));
}

/** Saves an invoice; `ifAbsent` makes a retried create a no-op-or-conflict instead of a duplicate. */
export async function putInvoice(deps: AppDeps, associationId: string, invoice: Invoice): Promise<void> {
  const item: InvoiceItem = {
    ...keys.invoice(associationId, invoice.period, invoice.invoiceId),
    ...invoice,
    createdAt: deps.clock.now().toISOString(),
  };
  await deps.table.put(item, { ifAbsent: true });
}

export async function listInvoices(deps: AppDeps, associationId: string, period: string): Promise<Invoice[]> {
  const items = await deps.table.queryAll<InvoiceItem>(`A#${associationId}`, `INV#${period}#`);
  return items.map(({ pk: _p, sk: _s, createdAt: _c, ...invoice }) => invoice);
}

export async function deleteInvoice(deps: AppDeps, associationId: string, period: string, invoiceId: string) {
  await deps.table.delete(keys.invoice(associationId, period, invoiceId));
}
