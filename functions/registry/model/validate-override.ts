import { parseRatio, ratioLte } from "../../kernel/decimal";
import { DomainError, type FieldError } from "../../kernel/errors";
import type { PenaltyPolicy } from "../../kernel/penalty-policy";
import type { CountryProfile, DueDateRule, ProfileOverride } from "./profile-types";

/** Sanity bound for days after posting where the law sets none. */
const MAX_DUE_DAYS = 90;

function intIn(value: number, min: number, max: number): boolean {
  return Number.isSafeInteger(value) && value >= min && value <= max;
}

function dueDateErrors(profile: CountryProfile, rule: DueDateRule): FieldError[] {
  const { limits } = profile;
  if (limits.dueDateKinds && !limits.dueDateKinds.includes(rule.kind)) {
    return [{ path: "dueDate.kind", code: "registry.due_rule_not_allowed", params: { kind: rule.kind } }];
  }
  if (rule.kind === "day_of_month") {
    const errors: FieldError[] = [];
    if (!intIn(rule.day, 1, 31))
      errors.push({ path: "dueDate.day", code: "registry.out_of_range", params: { min: 1, max: 31 } });
    if (!intIn(rule.monthOffset, 0, 2)) {
      errors.push({ path: "dueDate.monthOffset", code: "registry.out_of_range", params: { min: 0, max: 2 } });
    }
    return errors;
  }
  const max = limits.maxDueDaysAfterPosting;
  if (max !== undefined && Number.isSafeInteger(rule.days) && rule.days > max) {
    return [{ path: "dueDate.days", code: "registry.due_days_above_legal_max", params: { max, value: rule.days } }];
  }
  if (!intIn(rule.days, 1, max ?? MAX_DUE_DAYS)) {
    return [{ path: "dueDate.days", code: "registry.out_of_range", params: { min: 1, max: max ?? MAX_DUE_DAYS } }];
  }
  return [];
}

function isStatutory(policy: PenaltyPolicy): boolean {
  return policy.kind === "accrue" && policy.rate.kind === "dated_table";
}

function dailyRateErrors(profile: CountryProfile, dailyRate: string): FieldError[] {
  const policy = profile.penalty;
  // A statutory rate (key rate, statutory interest) is set by law, not by the association.
  if (isStatutory(policy)) return [{ path: "penalty.dailyRate", code: "registry.penalty_rate_statutory" }];
  let rate: ReturnType<typeof parseRatio>;
  try {
    rate = parseRatio(dailyRate, "penalty.dailyRate");
  } catch {
    return [{ path: "penalty.dailyRate", code: "registry.invalid_decimal", params: { value: dailyRate } }];
  }
  const decided =
    policy.kind === "accrue" && policy.rate.kind === "assembly_decision" ? policy.rate.maxDailyRate : undefined;
  const max = profile.limits.maxPenaltyDailyRate ?? decided;
  if (max !== undefined && !ratioLte(rate, parseRatio(max))) {
    return [
      { path: "penalty.dailyRate", code: "registry.penalty_rate_above_legal_max", params: { max, value: dailyRate } },
    ];
  }
  return [];
}

function penaltyErrors(profile: CountryProfile, penalty: NonNullable<ProfileOverride["penalty"]>): FieldError[] {
  const errors = penalty.dailyRate === undefined ? [] : dailyRateErrors(profile, penalty.dailyRate);
  if (penalty.startDay !== undefined && isStatutory(profile.penalty)) {
    errors.push({ path: "penalty.startDay", code: "registry.penalty_start_statutory" });
  } else if (penalty.startDay !== undefined) {
    const min = profile.limits.minPenaltyStartDay ?? 1;
    if (!intIn(penalty.startDay, min, 3650)) {
      errors.push({ path: "penalty.startDay", code: "registry.penalty_start_too_early", params: { min } });
    }
  }
  if (penalty.enabled && profile.penalty.kind === "none" && penalty.dailyRate === undefined) {
    errors.push({ path: "penalty.dailyRate", code: "registry.required" });
  }
  return errors;
}

function windowErrors(window: { fromDay: number; toDay: number }): FieldError[] {
  if (intIn(window.fromDay, 1, 31) && intIn(window.toDay, window.fromDay, 31)) return [];
  return [{ path: "meterReadingWindow", code: "registry.invalid_window", params: { min: 1, max: 31 } }];
}

/**
 * Checks an association's override against its country's legal limits (Romania: due at most
 * 30 days after posting, penalties at most 0.2 % a day from day 31). Returns every problem,
 * empty when the override is acceptable.
 */
export function validateOverride(profile: CountryProfile, override: ProfileOverride): FieldError[] {
  const counting = override.personCounting;
  return [
    ...(override.dueDate ? dueDateErrors(profile, override.dueDate) : []),
    ...(override.penalty ? penaltyErrors(profile, override.penalty) : []),
    ...(override.meterReadingWindow ? windowErrors(override.meterReadingWindow) : []),
    ...(counting?.mode === "min_days" && !intIn(counting.minDays, 1, 31)
      ? [{ path: "personCounting.minDays", code: "registry.out_of_range", params: { min: 1, max: 31 } }]
      : []),
  ];
}

function overridePenalty(profile: CountryProfile, penalty: ProfileOverride["penalty"]): PenaltyPolicy {
  const base = profile.penalty;
  if (!penalty) return base;
  if (!penalty.enabled) return { kind: "none" };
  if (base.kind === "none") {
    // Generic profile: an association may adopt a daily rate of its own, by decision.
    const startDay = penalty.startDay ?? 31;
    const maxDailyRate = penalty.dailyRate ?? "0";
    return {
      kind: "accrue",
      requiresDecision: true,
      rate: { kind: "assembly_decision", maxDailyRate },
      tiers: [{ fromDay: startDay, factor: "1" }],
      capAtPrincipal: true,
    };
  }
  if (base.rate.kind !== "assembly_decision") return base;
  const rate = { ...base.rate, maxDailyRate: penalty.dailyRate ?? base.rate.maxDailyRate };
  const startDay = penalty.startDay;
  const tiers =
    startDay === undefined ? base.tiers : base.tiers.map((t, i) => (i === 0 ? { ...t, fromDay: startDay } : t));
  return { ...base, rate, tiers };
}

/** The effective profile of an association; `registry.invalid_override` with the field errors when invalid. */
export function applyOverride(profile: CountryProfile, override: ProfileOverride): CountryProfile {
  const errors = validateOverride(profile, override);
  if (errors.length > 0) throw new DomainError("registry.invalid_override", { errors });
  return {
    ...profile,
    dueDate: override.dueDate ?? profile.dueDate,
    penalty: overridePenalty(profile, override.penalty),
    meterReadingWindow: override.meterReadingWindow ?? profile.meterReadingWindow,
    personCounting: override.personCounting ?? profile.personCounting,
  };
}
