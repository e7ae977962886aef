import { recordAudit } from "../audit/audit-log";
import type { RouteContext } from "../platform/http/route";
import type { Meter, Reading } from "./model/types";

/** What an administrator did to meters and readings, as audit actions. */
export type MeterAuditAction =
  | "meters.meter_save"
  | "meters.meter_replace"
  | "meters.settings_change"
  | "meters.readings_enter"
  | "meters.readings_import"
  | "meters.estimate"
  | "meters.photo_view";

/** One success record per subject (ids only: `meter:<id>`, `unit:<id>`, `readings:<period>`). */
export async function auditMeters(
  ctx: RouteContext,
  associationId: string,
  action: MeterAuditAction,
  subjects: readonly string[],
): Promise<void> {
  await Promise.all(
    [...new Set(subjects)].map((subject) =>
      recordAudit(ctx.deps, {
        actor: ctx.actor?.personId,
        associationId,
        subject,
        action,
        outcome: "success",
        requestId: ctx.requestId,
      }),
    ),
  );
}

export const meterSubject = (m: Pick<Meter, "meterId">) => `meter:${m.meterId}`;

/** The accounts whose readings were entered: the unit, or the meter itself for building meters. */
export const readingSubject = (r: Pick<Reading, "unitId" | "meterId">) =>
  r.unitId ? `unit:${r.unitId}` : `meter:${r.meterId}`;
