/**
 * Meters and readings as pure data. Quantities are decimal strings (never floats); inside the
 * model they are bigint thousandths (`milli`), the precision billing uses for consumption.
 */
export const meterKinds = ["water_cold", "water_hot", "heat", "gas", "electricity", "other"] as const;
export type MeterKind = (typeof meterKinds)[number];

/** One register (tariff) of a meter: how many digits the dial has before and after the point. */
export interface Register {
  code: string;
  digits: number;
  decimals: number;
}

/** A meter of a unit, or of the building when `unitId` is absent (for the building difference). */
export interface Meter {
  meterId: string;
  unitId?: string;
  kind: MeterKind;
  serial: string;
  location: string;
  registers: Register[];
  installedOn: string;
  /** Calibration (verification) due date; readings after it are refused. */
  verificationDue: string;
  status: "active" | "retired";
  /** The meter this one replaced, and the one that replaced it. */
  replaces?: string;
  replacedBy?: string;
  /** Period of the final reading of a retired meter. */
  retiredIn?: string;
}

export type ReadingSource = "owner" | "admin" | "import" | "estimate" | "replacement";

/** What a reading stores per register: the dial value and the consumption since the previous reading. */
export interface ReadingValues {
  values: string[];
  consumption: string[];
}

/** An earlier version of a reading, kept when it is corrected or an estimate is replaced. */
export interface PastVersion extends ReadingValues {
  source: ReadingSource;
  estimated: boolean;
  enteredBy: string;
  enteredAt: string;
}

/** One reading per meter and period: the deterministic key makes duplicate submissions idempotent. */
export interface Reading extends ReadingValues {
  meterId: string;
  unitId?: string;
  period: string;
  /** `initial`: first reading of a (replacement) meter; `final`: last reading of a retired one. */
  kind: "regular" | "initial" | "final";
  source: ReadingSource;
  estimated: boolean;
  /** Consumption far above the usual, confirmed by the person who entered it: for the administrator to check. */
  flagged: boolean;
  enteredBy: string;
  enteredAt: string;
  photoKey?: string;
  history: PastVersion[];
}
