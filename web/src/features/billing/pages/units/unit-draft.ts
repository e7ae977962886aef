import type { Unit, UnitInput } from "../../lib/api";
import { percentToPpm, ppmToPercent } from "../../lib/ui";

export const unitTypes = ["apartment", "commercial", "parking"] as const;

/** A unit as the form edits it: numbers as typed, the share as a percent, the current number of persons. */
export interface UnitDraft {
  unitId: string;
  isNew: boolean;
  number: string;
  building: string;
  staircase: string;
  type: Unit["type"];
  floor: string;
  area: string;
  share: string;
  persons: string;
  personsFrom: string;
  paymentReference: string;
}

const today = () => new Date().toISOString().slice(0, 10);

export function unitDraftOf(u: Unit): UnitDraft {
  const persons = u.persons.at(-1);
  return {
    unitId: u.unitId,
    isNew: false,
    number: u.number,
    building: u.building,
    staircase: u.staircase,
    type: u.type,
    floor: String(u.floor),
    area: u.area,
    share: ppmToPercent(u.sharePpm),
    persons: String(persons?.count ?? 0),
    personsFrom: persons?.from ?? today(),
    paymentReference: u.paymentReference,
  };
}

/** A new apartment in the building of the existing units, one person from today. */
export function newUnitDraft(building: string): UnitDraft {
  return {
    unitId: "",
    isNew: true,
    number: "",
    building,
    staircase: "",
    type: "apartment",
    floor: "0",
    area: "",
    share: "0",
    persons: "1",
    personsFrom: today(),
    paymentReference: "",
  };
}

/** A new unit's id from its number (letters, digits, `_`, `-`). */
export const unitIdOf = (number: string) => `u-${number.trim().replace(/[^A-Za-z0-9_-]/g, "_")}`;

export function unitBodyOf(d: UnitDraft, original: Unit | undefined): UnitInput {
  const count = Number(d.persons);
  const last = original?.persons.at(-1);
  // A changed number of persons starts a new period; earlier periods are kept for person-days.
  const history = original?.persons ?? [];
  const persons =
    last && last.count === count
      ? history
      : [
          ...history.filter((p) => p.from < d.personsFrom).map((p) => (p.to ? p : { ...p, to: d.personsFrom })),
          { count, from: d.personsFrom },
        ];
  return {
    number: d.number.trim(),
    building: d.building.trim(),
    staircase: d.staircase.trim(),
    type: d.type,
    floor: Number(d.floor),
    area: d.area.trim().replace(",", "."),
    sharePpm: percentToPpm(d.share) ?? Number.NaN,
    persons,
    paymentReference: d.paymentReference.trim(),
  };
}
