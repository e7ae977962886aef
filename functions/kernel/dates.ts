import { DomainError } from "./errors";

/** A calendar date as `YYYY-MM-DD`. The core never reads a clock: callers pass dates in. */
export type IsoDate = string;

/** An inclusive range of calendar days, e.g. a billing month. */
export interface Period {
  start: IsoDate;
  end: IsoDate;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Splits and validates an ISO date; `date.invalid` otherwise (e.g. 2025-02-30). */
export function parseIsoDate(date: IsoDate): { year: number; month: number; day: number } {
  const m = ISO.exec(date);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new DomainError("date.invalid", { date });
  }
  return { year, month, day };
}

/**
 * Days since 1970-01-01 (Hinnant's days_from_civil). Integer day numbers make ranges and
 * differences exact without `Date`, whose time zones have shifted many a due date.
 */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link toDayNumber}. */
export function fromDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** `date` plus `days` (may be negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The date with the given day in the month `monthOffset` months after `date`'s month, clamped to month end. */
export function dayOfMonthAfter(date: IsoDate, monthOffset: number, day: number): IsoDate {
  const { year, month } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + monthOffset;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const d = Math.min(day, daysInMonth(y, m));
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The calendar month `YYYY-MM` as a period. */
export function monthPeriod(month: string): Period {
  const start = `${month}-01`;
  const { year, month: m } = parseIsoDate(start);
  return { start, end: `${month}-${String(daysInMonth(year, m)).padStart(2, "0")}` };
}

/** Number of days in an inclusive period; `date.invalid_period` when it ends before it starts. */
export function periodDays(period: Period): number {
  const days = daysBetween(period.start, period.end) + 1;
  if (days < 1) throw new DomainError("date.invalid_period", { ...period });
  return days;
}

/** Days two inclusive ranges share; an open `end` (undefined) means "still ongoing". */
export function overlapDays(period: Period, from: IsoDate, to?: IsoDate): number {
  const start = Math.max(toDayNumber(period.start), toDayNumber(from));
  const end = Math.min(toDayNumber(period.end), to === undefined ? Number.POSITIVE_INFINITY : toDayNumber(to));
  return Math.max(0, end - start + 1);
}
