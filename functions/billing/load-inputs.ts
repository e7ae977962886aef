import { domainGuard } from "../kernel/domain-errors";
import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { type AssociationProfile, readAssociation } from "../registry/associations";
import { effectiveProfile } from "../registry/profile";
import { listUnits } from "../registry/units";
import { dayInZone } from "../registry/zoned-day";
import { computeBill } from "./compute/compute-bill";
import type { BillInputs, BillLine } from "./compute/types";
import { type ConsumptionSource, consumptionFor, meterConsumptionSource } from "./consumption-source";
import { listInvoices, listRules } from "./rules-store";

/** The association or 404. */
export async function requireAssociation(deps: AppDeps, associationId: string): Promise<AssociationProfile> {
  const a = await readAssociation(deps, associationId);
  if (!a) throw appError("not_found");
  return a;
}

/** Reads everything a period's bill depends on: units, rules, invoices and consumption. */
export async function loadInputs(
  deps: AppDeps,
  a: AssociationProfile,
  period: string,
  source?: ConsumptionSource,
): Promise<BillInputs> {
  const [units, rules, invoices] = await Promise.all([
    listUnits(deps, a.associationId),
    listRules(deps, a.associationId),
    listInvoices(deps, a.associationId, period),
  ]);
  const meters = [...rules.map((r) => r.meter), ...invoices.map((i) => i.distribution.meter)].filter(
    (m): m is string => m !== undefined,
  );
  const consumption = await consumptionFor(
    source ?? meterConsumptionSource(deps, invoices),
    a.associationId,
    period,
    meters,
  );
  const personCounting = effectiveProfile(a).personCounting;
  return { period, currency: a.currency, personCounting, units, rules, invoices, consumption };
}

/** Computes the period's lines; problems in rules or invoices become translated 4xx answers. */
export async function computeLines(
  deps: AppDeps,
  a: AssociationProfile,
  period: string,
): Promise<{ inputs: BillInputs; lines: BillLine[] }> {
  const inputs = await loadInputs(deps, a, period);
  const lines = await domainGuard(() => computeBill(inputs));
  return { inputs, lines };
}

/** Today's date in the association's time zone (posting dates are local calendar days). */
export function todayIn(timezone: string, now: Date): string {
  return dayInZone(timezone, now);
}

/** The period before `period` (YYYY-MM). */
export function previousPeriod(period: string): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) - 1;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}
