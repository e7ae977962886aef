import type { IsoDate } from "../../kernel/dates";
import { mulRatio, parseRatio, type Ratio, ratioLte } from "../../kernel/decimal";
import { DomainError } from "../../kernel/errors";
import type { DatedRate, PenaltyDecision, PenaltyPolicy, PenaltyRateSource } from "../../kernel/penalty-policy";

const PERCENT: Ratio = { num: 1n, den: 100n };

/** The table entry valid on `day` (ISO dates compare as strings); `penalty.no_rate_for_day` before the first. */
export function tableRateOn(table: readonly DatedRate[], day: IsoDate): DatedRate {
  let found: DatedRate | undefined;
  for (const entry of table) if (entry.from <= day && (!found || entry.from >= found.from)) found = entry;
  if (!found) throw new DomainError("penalty.no_rate_for_day", { day });
  return found;
}

/** A function giving the daily rate of a day, with every rate string parsed once up front. */
export type DailyRateFn = (day: IsoDate, n: number) => Ratio | null;

function tableRateFn(source: Extract<PenaltyRateSource, { kind: "dated_table" }>): (day: IsoDate) => Ratio {
  const entries = source.table.map((e) => ({
    from: e.from,
    rate: mulRatio(parseRatio(e.percentPerYear, "percentPerYear"), PERCENT),
  }));
  const caps = (source.caps ?? []).map((c) => ({
    ...c,
    max: mulRatio(parseRatio(c.maxPercentPerYear, "maxPercentPerYear"), PERCENT),
  }));
  return (day) => {
    const found = tableRateOn(source.table, day);
    const rate = entries.find((e) => e.from === found.from)?.rate ?? PERCENT;
    const cap = caps.find((c) => c.from <= day && day <= c.to);
    return cap && !ratioLte(rate, cap.max) ? cap.max : rate;
  };
}

function decidedRateFn(maxDailyRate: string, decision: PenaltyDecision | undefined): (day: IsoDate) => Ratio | null {
  if (!decision) return () => null;
  const rate = parseRatio(decision.dailyRate, "dailyRate");
  if (!ratioLte(rate, parseRatio(maxDailyRate))) {
    throw new DomainError("penalty.rate_above_legal_max", { dailyRate: decision.dailyRate, max: maxDailyRate });
  }
  // Days before the assembly adopted penalties carry none (Romania: never without its decision).
  return (day) => (day < decision.adoptedOn ? null : rate);
}

/**
 * The daily rate (a fraction of the base) on `day`, `n` days after the due date, or null when
 * no penalty runs that day: no tier covers it, or a required decision is missing or later.
 * Throws `penalty.rate_above_legal_max` for a decision above the legal maximum.
 */
export function compileDailyRate(policy: PenaltyPolicy, decision: PenaltyDecision | undefined): DailyRateFn {
  if (policy.kind === "none") return () => null;
  const tiers = policy.tiers.map((t) => ({ tier: t, factor: parseRatio(t.factor, "factor") }));
  const base =
    policy.rate.kind === "dated_table" ? tableRateFn(policy.rate) : decidedRateFn(policy.rate.maxDailyRate, decision);
  const requires = policy.requiresDecision;
  // Base rates are shared objects, so each tier × base product is computed once and returned
  // as the same object — callers may memoise on it (a daily job walks years of days).
  const products = tiers.map(() => new Map<Ratio, Ratio>());
  return (day, n) => {
    const i = tiers.findIndex(({ tier }) => n >= tier.fromDay && (tier.toDay === undefined || n <= tier.toDay));
    const t = tiers[i];
    const memo = products[i];
    if (!t || !memo || (requires && (!decision || day < decision.adoptedOn))) return null;
    const rate = base(day);
    if (!rate) return null;
    const product = memo.get(rate) ?? mulRatio(rate, t.factor);
    memo.set(rate, product);
    return product;
  };
}
