import type { AppDeps } from "../platform/deps";
import type { Invoice, PeriodConsumption } from "./compute/types";
import { listInvoices } from "./rules-store";

/**
 * The port through which billing learns consumption: per unit and per period, with the building
 * meter when there is one. The meters domain will implement it from readings; until then the
 * quantities entered with the period's invoices serve.
 */
export interface ConsumptionSource {
  read(associationId: string, period: string, meter: string): Promise<PeriodConsumption | undefined>;
}

/** Consumption from invoice lines: the first invoice of the period for that meter that carries per-unit quantities. */
export function invoiceConsumptionSource(deps: AppDeps, preloaded?: readonly Invoice[]): ConsumptionSource {
  return {
    async read(associationId, period, meter) {
      const invoices = preloaded ?? (await listInvoices(deps, associationId, period));
      const match = invoices.find((i) => i.distribution.meter === meter && i.consumption);
      if (!match?.consumption) return undefined;
      const building = match.distribution.buildingConsumption;
      return { units: match.consumption, ...(building ? { building } : {}) };
    },
  };
}

/** Reads every meter the rules and invoices mention, once. */
export async function consumptionFor(
  source: ConsumptionSource,
  associationId: string,
  period: string,
  meters: readonly string[],
): Promise<Record<string, PeriodConsumption>> {
  const out: Record<string, PeriodConsumption> = {};
  for (const meter of new Set(meters)) {
    const found = await source.read(associationId, period, meter);
    if (found) out[meter] = found;
  }
  return out;
}
