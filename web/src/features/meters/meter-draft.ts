import type { MeterKind } from "../../../../functions/meters/model/types";
import type { AdminMeter, MeterInput } from "./admin-api";

export { type MeterKind, meterKinds } from "../../../../functions/meters/model/types";

/** A register as typed in the form: numbers stay text until sent. */
export interface RegisterDraft {
  code: string;
  digits: string;
  decimals: string;
}

/** A meter as the form edits it: an apartment's meter, or the building's (for the difference). */
export interface MeterDraft {
  isNew: boolean;
  meterId: string;
  place: "unit" | "building";
  unitId: string;
  kind: MeterKind;
  serial: string;
  location: string;
  registers: RegisterDraft[];
  installedOn: string;
  verificationDue: string;
}

export const maxRegisters = 4;
export const defaultRegister: RegisterDraft = { code: "T1", digits: "5", decimals: "3" };

export function newMeterDraft(unitId = ""): MeterDraft {
  return {
    isNew: true,
    meterId: "",
    place: "unit",
    unitId,
    kind: "water_cold",
    serial: "",
    location: "",
    registers: [{ ...defaultRegister }],
    installedOn: "",
    verificationDue: "",
  };
}

export function draftOfMeter(m: AdminMeter): MeterDraft {
  return {
    isNew: false,
    meterId: m.meterId,
    place: m.unitId ? "unit" : "building",
    unitId: m.unitId ?? "",
    kind: m.kind,
    serial: m.serial,
    location: m.location,
    registers: m.registers.map((r) => ({ code: r.code, digits: String(r.digits), decimals: String(r.decimals) })),
    installedOn: m.installedOn,
    verificationDue: m.verificationDue,
  };
}

/** A whole number typed by a person, or NaN so the server names the field. */
function wholeNumber(text: string): number {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
}

/** The body of `meters.put`; the server validates every field (an apartment not chosen too) and answers per field. */
export function meterBodyOf(d: MeterDraft): MeterInput {
  return {
    ...(d.place === "unit" ? { unitId: d.unitId } : {}),
    kind: d.kind,
    serial: d.serial.trim(),
    location: d.location.trim(),
    registers: d.registers.map((r) => ({
      code: r.code.trim(),
      digits: wholeNumber(r.digits),
      decimals: wholeNumber(r.decimals),
    })),
    installedOn: d.installedOn,
    verificationDue: d.verificationDue,
  };
}

/**
 * An id for a new meter from its place and kind and a few random letters ("u012-gas-k3f9"):
 * readable in imports and logs, and unique enough that two new meters never collide.
 */
export function newMeterId(unitId: string, kind: MeterKind, random: string = Math.random().toString(36)): string {
  const place = unitId || "bld";
  return `${place}-${kind.replace("_", "-")}-${random.replace(/[^a-z0-9]/g, "").slice(0, 4)}`;
}

/** How close a meter's verification due date is: passed, within `soonDays`, or fine. */
export function verificationState(due: string, today: string, soonDays = 90): "expired" | "soon" | "ok" {
  if (due < today) return "expired";
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCDate(limit.getUTCDate() + soonDays);
  return due <= limit.toISOString().slice(0, 10) ? "soon" : "ok";
}
