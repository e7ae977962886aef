import { readingConsumption } from "../meters/consumption";
import type { AppDeps } from "../platform/deps";
import type { Invoice, PeriodConsumption } from "./compute/types";
import { listInvoices } from "./rules-store";

/**
 * The port through which billing learns consumption: per unit and per period, with the building
 * meter when there is one. The meters domain implements it from readings
 * ({@link meterConsumptionSource}); quantities typed on an invoice take precedence.
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

/** Consumption from meter readings (the month before the billing period, building meters included). */
export function readingsConsumptionSource(deps: AppDeps): ConsumptionSource {
  return { read: (associationId, period, meter) => readingConsumption(deps, associationId, period, meter) };
}

/**
 * What billing uses by default: quantities typed on the period's invoice when there are any (an
 * explicit decision of the accountant), otherwise the meter readings.
 */
export function meterConsumptionSource(deps: AppDeps, preloaded?: readonly Invoice[]): ConsumptionSource {
  const invoices = invoiceConsumptionSource(deps, preloaded);
  const readings = readingsConsumptionSource(deps);
  return {
    read: async (associationId, period, meter) =>
      (await invoices.read(associationId, period, meter)) ?? (await readings.read(associationId, period, meter)),
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
