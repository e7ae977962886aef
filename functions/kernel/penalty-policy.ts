import type { IsoDate } from "./dates";

/** A rate valid from a date until the next entry, in percent per year ("16.5" = 16.5 %). */
export interface DatedRate {
  from: IsoDate;
  percentPerYear: string;
}

/** A period in which the law caps the table rate used for penalties. */
export interface RateCap {
  from: IsoDate;
  to: IsoDate;
  maxPercentPerYear: string;
}

/**
 * Where the base rate of a day comes from: the daily rate adopted by the general assembly
 * (bounded by law), or a dated public table (central bank key rate, statutory interest).
 */
export type PenaltyRateSource =
  | { kind: "assembly_decision"; maxDailyRate: string }
  | { kind: "dated_table"; table: readonly DatedRate[]; caps?: readonly RateCap[] };

/**
 * A band of days after the due date (day 1 = the day after it) and the factor applied to the
 * base rate there: "1" for an assembly's daily rate, "1/300" of the key rate, "1/365" of an
 * annual rate.
 */
export interface PenaltyTier {
  fromDay: number;
  toDay?: number;
  factor: string;
}

/**
 * Penalty rules as data, so changing a law means editing a profile, not code. Penalties are
 * always simple (never on penalties); `capAtPrincipal` keeps the total at or below the debt.
 */
export type PenaltyPolicy =
  | { kind: "none" }
  | {
      kind: "accrue";
      requiresDecision: boolean;
      rate: PenaltyRateSource;
      tiers: readonly PenaltyTier[];
      capAtPrincipal: boolean;
    };

/** The general assembly's decision to charge penalties: from when, and at what daily rate. */
export interface PenaltyDecision {
  adoptedOn: IsoDate;
  /** Daily fraction, e.g. "0.002" = 0.2 % per day. */
  dailyRate: string;
}
