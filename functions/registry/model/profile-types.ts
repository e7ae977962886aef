import type { ExplanationKey, FundKind, UnitOfMeasure } from "../../kernel/explanation";
import type { PenaltyPolicy } from "../../kernel/penalty-policy";
import type { PersonCounting } from "../../kernel/person-days";
import type { Country, Currency, Locale } from "../../platform/model/schemas";

/** When a monthly payment list falls due. */
export type DueDateRule =
  /** N days after the list is posted (Romania: at most 30). */
  | { kind: "days_after_posting"; days: number }
  /** A day of the month, `monthOffset` months after the billed month (PL: 10th, same month; RU: 15th, next). */
  | { kind: "day_of_month"; day: number; monthOffset: number };

/** A default charge type an association starts with. */
export interface ChargeTypeDefault {
  /** Stable code the UI translates, e.g. `water_cold`. */
  code: string;
  method: ExplanationKey;
  uom?: UnitOfMeasure;
  /** For metered charges: how the building-meter difference is split. */
  differenceKey?: "persons" | "share";
  fund?: FundKind;
}

/** A default fund. */
export interface FundDefault {
  code: string;
  kind: FundKind;
  /** Romania: the working-capital fund is refunded when a unit is sold. */
  refundableOnSale: boolean;
}

/** Which QR layout receipts use, per currency with a default. */
export type QrStandard = "epc" | "zbp" | "gost" | "iban_reference";

/** Legal bounds an association's override must respect; absent means no statutory bound. */
export interface LegalLimits {
  maxDueDaysAfterPosting?: number;
  /** The due-date rule kinds the law allows. */
  dueDateKinds?: readonly DueDateRule["kind"][];
  maxPenaltyDailyRate?: string;
  minPenaltyStartDay?: number;
}

/** Everything country-specific about billing, as data. */
export interface CountryProfile {
  country: Country;
  currency: Currency;
  /** UI language by default. */
  locale: Locale;
  /** BCP 47 tag for number and date formatting. */
  formatLocale: string;
  chargeTypes: readonly ChargeTypeDefault[];
  funds: readonly FundDefault[];
  dueDate: DueDateRule;
  penalty: PenaltyPolicy;
  receiptQr: { default: QrStandard; byCurrency?: Partial<Record<Currency, QrStandard>> };
  meterReadingWindow: { fromDay: number; toDay: number };
  personCounting: PersonCounting;
  limits: LegalLimits;
}

/** What an association may change in its country's profile. */
export interface ProfileOverride {
  dueDate?: DueDateRule;
  penalty?: { enabled: boolean; dailyRate?: string; startDay?: number };
  meterReadingWindow?: { fromDay: number; toDay: number };
  personCounting?: PersonCounting;
}
