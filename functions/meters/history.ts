import type { AppDeps } from "../platform/deps";
import { notFound } from "../platform/errors";
import { spreadsheetCell } from "../platform/model/spreadsheet-cells";
import { readMeter } from "./meter-store";
import { formatMilli, totalMilli } from "./model/quantity";
import type { Meter, Reading } from "./model/types";
import { codecFor, readingsOfMeter } from "./reading-store";
import { readingView } from "./views";

/** A unit's meter with every reading, oldest first; a meter of another unit is not found. */
export async function meterHistory(deps: AppDeps, associationId: string, unitId: string, meterId: string) {
  const meter = await readMeter(deps, associationId, meterId);
  if (!meter || meter.unitId !== unitId) throw notFound();
  const codec = await codecFor(deps, associationId, unitId);
  const stored = await readingsOfMeter(deps, codec, associationId, unitId, meterId);
  return { meter, readings: stored.map((s) => s.reading) };
}

export async function historyView(deps: AppDeps, associationId: string, unitId: string, meterId: string) {
  const h = await meterHistory(deps, associationId, unitId, meterId);
  return { meter: h.meter, readings: h.readings.map(readingView) };
}

/** Quotes a CSV cell and defuses spreadsheet formulas. */
function cell(text: string): string {
  const safe = spreadsheetCell(text);
  return /[",\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The history as CSV: period, values per register, consumption per register and total, and how it was taken. */
export function historyCsv(meter: Meter, readings: readonly Reading[]): string {
  const codes = meter.registers.map((r) => r.code);
  const header = [
    "period",
    ...codes.map((c) => `value_${c}`),
    ...codes.map((c) => `consumption_${c}`),
    "consumption_total",
    "kind",
    "source",
    "estimated",
    "flagged",
    "entered_at",
  ];
  const rows = readings.map((r) => [
    r.period,
    ...r.values,
    ...r.consumption,
    formatMilli(totalMilli(r.consumption)),
    r.kind,
    r.source,
    String(r.estimated),
    String(r.flagged),
    r.enteredAt,
  ]);
  return `${[header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}
