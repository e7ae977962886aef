import type { z } from "zod";
import { throwIfIssues } from "../kernel/domain-errors";
import type { FieldError } from "../kernel/errors";
import type { AppDeps } from "../platform/deps";
import { appError, notFound } from "../platform/errors";
import type { ContractBody } from "../platform/http/contract";
import { readUnit } from "../registry/units";
import { assertAdminPeriod } from "./admin-readings";
import type { MeterContext } from "./calendar";
import type { replaceMeter as replaceContract } from "./contracts-admin";
import { meterPut, putMeter, readMeter } from "./meter-store";
import type { Meter } from "./model/types";
import { recordReadings } from "./record";
import type { meterBody } from "./schemas";

type MeterBody = z.infer<typeof meterBody>;

/**
 * What an existing meter keeps: its unit (its readings are sealed under that account's key), its
 * kind (billing rules read consumption by kind) and its number of registers (every reading has
 * one value per register). Changing those is a replacement.
 */
function fixedFieldIssues(current: Meter, body: MeterBody): FieldError[] {
  const issues: FieldError[] = [];
  if ((body.unitId ?? "") !== (current.unitId ?? ""))
    issues.push({ path: "unitId", code: "meters.fixed_after_create" });
  if (body.kind !== current.kind) issues.push({ path: "kind", code: "meters.fixed_after_create" });
  if (body.registers.length !== current.registers.length)
    issues.push({ path: "registers", code: "meters.fixed_after_create" });
  return issues;
}

/** Creates or updates a meter; a unit meter must name a unit of the registry. */
export async function saveMeter(
  deps: AppDeps,
  associationId: string,
  meterId: string,
  body: MeterBody,
): Promise<Meter> {
  if (body.unitId && !(await readUnit(deps, associationId, body.unitId))) {
    throwIfIssues([{ path: "unitId", code: "meters.unknown_unit" }]);
  }
  if (body.verificationDue < body.installedOn)
    throwIfIssues([{ path: "verificationDue", code: "meters.verification_before_install" }]);
  const current = await readMeter(deps, associationId, meterId);
  if (current?.status === "retired") throw appError("meters.meter_retired", { status: 409 });
  if (current) throwIfIssues(fixedFieldIssues(current, body));
  const meter: Meter = { ...current, ...body, meterId, status: current?.status ?? "active" };
  await putMeter(deps, associationId, meter);
  return meter;
}

/**
 * Replaces a meter: the old one's final reading and the new one's initial reading are recorded
 * (validated like any reading), then both meters are written together. Consumption of the month
 * is the old meter's part up to its final value; the new meter counts from its initial value.
 */
export async function replaceMeter(
  deps: AppDeps,
  mc: MeterContext,
  meterId: string,
  body: ContractBody<typeof replaceContract>,
  personId: string,
) {
  const associationId = mc.a.associationId;
  const old = await readMeter(deps, associationId, meterId);
  if (!old) throw notFound();
  if (old.status === "retired") throw appError("meters.meter_retired", { status: 409 });
  if (await readMeter(deps, associationId, body.newMeterId))
    throwIfIssues([{ path: "newMeterId", code: "meters.meter_exists" }]);
  await assertAdminPeriod(deps, mc, body.period);
  const fresh: Meter = {
    ...body.newMeter,
    meterId: body.newMeterId,
    kind: old.kind,
    status: "active",
    replaces: old.meterId,
    ...(old.unitId ? { unitId: old.unitId } : {}),
  };
  const rec = {
    period: body.period,
    source: "replacement" as const,
    enteredBy: personId,
    enteredAt: deps.clock.now().toISOString(),
    today: mc.today,
    admin: true,
  };
  await recordReadings(
    deps,
    associationId,
    [
      { meter: old, values: body.finalValues, confirm: true, kind: "final" },
      { meter: fresh, values: body.initialValues, confirm: true, kind: "initial" },
    ],
    rec,
    ["finalValues", "initialValues"],
  );
  const retired: Meter = { ...old, status: "retired", replacedBy: fresh.meterId, retiredIn: body.period };
  await deps.table.transact([meterPut(deps, associationId, retired), meterPut(deps, associationId, fresh)]);
  return { old: retired, new: fresh };
}
