import { monthPeriod } from "../../kernel/dates";
import { DomainError } from "../../kernel/errors";
import type { ChargeLine } from "../../kernel/explanation";
import { parseDecimalToMinor } from "../../kernel/money";
import {
  allocateByArea,
  allocateByPersons,
  allocateByShare,
  allocateEqually,
  allocateToBeneficiaries,
} from "../model/allocate";
import type { AllocationScope, AllocationUnit } from "../model/allocation-unit";
import { fixedPerUnit, ratePerArea, ratePerConsumption, ratePerPerson } from "../model/charge-rules";
import { allocateByConsumption } from "../model/consumption";
import type { BillInputs, BillLine, ChargeRule, Invoice, LineSource } from "./types";

/** Rules in force in a period (`validFrom` ≤ period ≤ `validTo`). Periods compare as text (YYYY-MM). */
export function rulesInForce(rules: readonly ChargeRule[], period: string): ChargeRule[] {
  return rules.filter((r) => r.validFrom <= period && (r.validTo === undefined || period <= r.validTo));
}

function allocationUnits(inputs: BillInputs, meter?: string): AllocationUnit[] {
  const readings = meter ? inputs.consumption[meter]?.units : undefined;
  return inputs.units.map((u) => ({
    unitId: u.unitId,
    share: u.sharePpm,
    area: u.area,
    persons: u.persons,
    // A unit without a reading counts as zero here; the meters domain estimates missing readings.
    consumption: readings?.[u.unitId] ?? "0",
  }));
}

function requireFullShares(inputs: BillInputs): void {
  const total = inputs.units.reduce((s, u) => s + u.sharePpm, 0);
  if (total !== 1_000_000) throw new DomainError("billing.shares_not_total", { total, expected: 1_000_000 });
}

function ruleLines(rule: ChargeRule, inputs: BillInputs): ChargeLine[] {
  const { currency } = inputs;
  const period = monthPeriod(inputs.period);
  const scope: AllocationScope = { exempt: rule.exempt, beneficiaries: rule.beneficiaries };
  const units = allocationUnits(inputs, rule.meter);
  const total = () => ({ amountMinor: parseDecimalToMinor(rule.amount, currency, "amount"), currency });
  switch (rule.method) {
    case "fixed":
      return fixedPerUnit(total().amountMinor, currency, units, scope);
    case "rate_area":
      return ratePerArea({ rate: rule.amount, currency, units, scope });
    case "rate_person":
      return ratePerPerson({ rate: rule.amount, currency, units, scope, period, counting: inputs.personCounting });
    case "rate_consumption":
      return ratePerConsumption({ rate: rule.amount, currency, units, scope, uom: rule.uom ?? "m3" });
    case "split_equal":
      return allocateEqually(total(), units, scope);
    case "split_share":
      requireFullShares(inputs);
      return allocateByShare(total(), units, scope);
    case "split_area":
      return allocateByArea(total(), units, scope);
    case "split_persons":
      return allocateByPersons(total(), units, period, { counting: inputs.personCounting, scope });
  }
}

function invoiceUnits(invoice: Invoice, inputs: BillInputs): AllocationUnit[] {
  const own = invoice.consumption;
  const units = allocationUnits(inputs, invoice.distribution.meter);
  return own ? units.map((u) => ({ ...u, consumption: own[u.unitId] ?? "0" })) : units;
}

function invoiceLines(invoice: Invoice, inputs: BillInputs): ChargeLine[] {
  const d = invoice.distribution;
  const total = { amountMinor: invoice.amountMinor, currency: invoice.currency };
  const units = invoiceUnits(invoice, inputs);
  const scope: AllocationScope = { exempt: d.exempt, beneficiaries: d.beneficiaries };
  const period = monthPeriod(inputs.period);
  if (d.key === "share") requireFullShares(inputs);
  if (d.key === "equal") return allocateEqually(total, units, scope);
  if (d.key === "share") return allocateByShare(total, units, scope);
  if (d.key === "area") return allocateByArea(total, units, scope);
  if (d.key === "persons") return allocateByPersons(total, units, period, { counting: inputs.personCounting, scope });
  if (d.key === "beneficiaries") return allocateToBeneficiaries(total, units, d.beneficiaries ?? [], d.exempt ?? []);
  const building =
    d.buildingConsumption ?? (invoice.consumption ? undefined : inputs.consumption[d.meter ?? ""]?.building);
  const diffKey = d.differenceKey ?? "persons";
  const difference =
    diffKey === "persons" ? { key: "persons" as const, period, counting: inputs.personCounting } : { key: diffKey };
  return allocateByConsumption({ total, units, uom: d.uom ?? "m3", buildingConsumption: building, difference, scope });
}

function toBillLines(lines: ChargeLine[], meta: Omit<BillLine, "unitId" | "amountMinor" | "explanation">): BillLine[] {
  return lines.map((l) => ({
    ...meta,
    unitId: l.unitId,
    amountMinor: l.amountMinor,
    explanation: withFund(l, meta.fund),
  }));
}

function withFund(line: ChargeLine, fund: BillLine["fund"]): ChargeLine["explanation"] {
  return fund === "maintenance" ? line.explanation : { ...line.explanation, fund: { kind: fund } };
}

function ruleSource(r: ChargeRule): LineSource {
  return {
    kind: "rule",
    id: r.ruleId,
    name: r.name,
    method: r.method,
    ...(r.chargeType ? { chargeType: r.chargeType } : {}),
    ...(r.version ? { version: r.version } : {}),
  };
}

function invoiceSource(i: Invoice): LineSource {
  return {
    kind: "invoice",
    id: i.invoiceId,
    name: i.name,
    supplier: i.supplier,
    invoiceNumber: i.number,
    invoiceDate: i.date,
    totalMinor: i.amountMinor,
  };
}

/** Lines of one rule or invoice; a DomainError names the rule or invoice at fault. */
function linesOf<T>(id: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof DomainError && !("source" in error.details)) {
      throw new DomainError(error.code, { ...error.details, source: id });
    }
    throw error;
  }
}

/**
 * The bill of a period: one line per unit and per rule in force and per invoice, sorted by unit
 * then entry id. Deterministic: the same inputs always give the same lines (the draft's fingerprint
 * relies on it). Invoice lines sum exactly to the invoice.
 */
export function computeBill(inputs: BillInputs): BillLine[] {
  const lines: BillLine[] = [];
  for (const r of rulesInForce(inputs.rules, inputs.period)) {
    const meta = {
      entryId: `chg-${inputs.period}-${r.ruleId}`,
      name: r.name,
      fund: r.fund,
      source: ruleSource(r),
      ...(r.decision ? { decision: r.decision } : {}),
    };
    lines.push(
      ...toBillLines(
        linesOf(r.ruleId, () => ruleLines(r, inputs)),
        meta,
      ),
    );
  }
  for (const i of inputs.invoices.filter((x) => x.period === inputs.period)) {
    const meta = {
      entryId: `chg-${inputs.period}-${i.invoiceId}`,
      name: i.name,
      fund: i.fund,
      source: invoiceSource(i),
      ...(i.decision ? { decision: i.decision } : {}),
    };
    lines.push(
      ...toBillLines(
        linesOf(i.invoiceId, () => invoiceLines(i, inputs)),
        meta,
      ),
    );
  }
  return lines.sort((a, b) =>
    a.unitId === b.unitId ? a.entryId.localeCompare(b.entryId) : a.unitId.localeCompare(b.unitId),
  );
}
