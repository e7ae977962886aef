import { formatScaled, parseNonNegativeDecimal, rescale, type Scaled } from "../../kernel/decimal";
import { DomainError } from "../../kernel/errors";
import type { PersonsEntry } from "../../kernel/person-days";

/** Decimals accepted per basis. Weights are scaled to these so that decimal bases stay exact. */
export const AREA_DECIMALS = 4;
export const CONSUMPTION_DECIMALS = 3;
export const SHARE_DECIMALS = 12;
export const RATE_DECIMALS = 6;

/**
 * What the registry knows about a unit, as far as allocation cares. Each method reads the field
 * it needs and fails with `allocation.missing_basis` when absent.
 */
export interface AllocationUnit {
  unitId: string;
  /** Share of common property: integer parts-per-million, or a decimal fraction string ("0.054321"). */
  share?: number | string;
  /** Useful area in m² as a decimal string ("54.30"). */
  area?: string;
  persons?: readonly PersonsEntry[];
  /** Metered consumption in the period, decimal string with up to 3 decimals ("9.500"). */
  consumption?: string;
}

/** Which units a charge applies to: exempted units and non-beneficiaries get 0. */
export interface AllocationScope {
  exempt?: readonly string[];
  /** When given, only these units share the charge. */
  beneficiaries?: readonly string[];
}

/** A unit's basis as an exact decimal, plus its display text. */
export interface Basis {
  scaled: Scaled;
  text: string;
}

function need<T>(value: T | undefined, unitId: string, basis: string): T {
  if (value === undefined) throw new DomainError("allocation.missing_basis", { unitId, basis });
  return value;
}

/** The unit's share as a fraction; ppm integers become 6-decimal fractions. */
export function shareBasis(unit: AllocationUnit): Basis {
  const share = need(unit.share, unit.unitId, "share");
  if (typeof share === "number") {
    if (!Number.isSafeInteger(share) || share < 0) {
      throw new DomainError("allocation.invalid_share", { unitId: unit.unitId, share: String(share) });
    }
    const scaled = { value: BigInt(share), scale: 6 };
    return { scaled, text: formatScaled(scaled) };
  }
  const scaled = parseNonNegativeDecimal(share, SHARE_DECIMALS, `${unit.unitId}.share`);
  return { scaled, text: formatScaled(scaled) };
}

/** The unit's useful area in m². */
export function areaBasis(unit: AllocationUnit): Basis {
  const scaled = parseNonNegativeDecimal(need(unit.area, unit.unitId, "area"), AREA_DECIMALS, `${unit.unitId}.area`);
  return { scaled, text: formatScaled(scaled) };
}

/** The unit's metered consumption. */
export function consumptionBasis(unit: AllocationUnit): Basis {
  const text = need(unit.consumption, unit.unitId, "consumption");
  const scaled = parseNonNegativeDecimal(text, CONSUMPTION_DECIMALS, `${unit.unitId}.consumption`);
  return { scaled, text: formatScaled(scaled) };
}

/** Weight of a basis at a fixed scale, so weights of different units compare exactly. */
export function basisWeight(basis: Basis, scale: number): bigint {
  return rescale(basis.scaled, scale);
}

/** Throws `allocation.duplicate_unit` / `allocation.unknown_unit` for inconsistent inputs. */
export function checkUnits(units: readonly AllocationUnit[], scope: AllocationScope = {}): void {
  const ids = new Set<string>();
  for (const u of units) {
    if (ids.has(u.unitId)) throw new DomainError("allocation.duplicate_unit", { unitId: u.unitId });
    ids.add(u.unitId);
  }
  for (const id of [...(scope.exempt ?? []), ...(scope.beneficiaries ?? [])]) {
    if (!ids.has(id)) throw new DomainError("allocation.unknown_unit", { unitId: id });
  }
}

/** Whether the unit takes part in the charge, and if not, why. */
export function scopeStatus(unitId: string, scope: AllocationScope): "in" | "exempt" | "not_beneficiary" {
  if (scope.exempt?.includes(unitId)) return "exempt";
  if (scope.beneficiaries && !scope.beneficiaries.includes(unitId)) return "not_beneficiary";
  return "in";
}
