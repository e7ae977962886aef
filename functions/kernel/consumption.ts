/**
 * One period's metered consumption as billing reads it from meters: decimal quantities per unit
 * (and the building's total, for the difference), in the meter kind's unit of measure.
 */
export interface PeriodConsumption {
  units: Record<string, string>;
  building?: string;
}
