import type { AppDeps } from "../platform/deps";
import type { AssociationProfile } from "../registry/associations";
import type { Unit } from "../registry/units";
import { dayIn } from "./calendar";
import { putMeter } from "./meter-store";
import { formatMilli } from "./model/quantity";
import type { Meter, Reading } from "./model/types";
import { previousPeriod } from "./model/window";
import { codecFor, readingItem } from "./reading-store";

const water = [{ code: "T1", digits: 5, decimals: 3 }];
const dual = [
  { code: "day", digits: 6, decimals: 1 },
  { code: "night", digits: 6, decimals: 1 },
];

function metersOf(unit: Unit, i: number): Meter[] {
  const common = { unitId: unit.unitId, installedOn: "2023-03-01", status: "active" as const };
  const due = unit.unitId === "u020" ? "2026-06-30" : "2029-03-01";
  const out: Meter[] = [
    {
      ...common,
      meterId: `${unit.unitId}-wc`,
      kind: "water_cold",
      serial: `WC-${7100 + i}`,
      location: "bathroom",
      registers: water,
      verificationDue: due,
    },
    {
      ...common,
      meterId: `${unit.unitId}-wh`,
      kind: "water_hot",
      serial: `WH-${8200 + i}`,
      location: "bathroom",
      registers: water,
      verificationDue: due,
    },
  ];
  if (Number(unit.number) % 4 === 0) {
    out.push({
      ...common,
      meterId: `${unit.unitId}-el`,
      kind: "electricity",
      serial: `EL-${9300 + i}`,
      location: "hall",
      registers: dual,
      verificationDue: "2030-01-01",
    });
  }
  return out;
}

/** Deterministic monthly consumption in thousandths per meter and month. */
function monthly(meter: Meter, i: number, m: number, register: number): bigint {
  if (meter.kind === "electricity") return BigInt((110 + ((i * 11 + m * 7) % 60)) * 1000 - register * 60_000);
  const base = meter.kind === "water_cold" ? 3000 : 2000;
  return BigInt(base + ((i * 7 + m * 3) % 5) * 400);
}

function readingsOf(meter: Meter, i: number, periods: string[]): Reading[] {
  let values = meter.registers.map((_, r) => BigInt(100_000 + i * 13_000 + r * 50_000));
  return periods.map((period, m) => {
    const consumption = meter.registers.map((_, r) => (m === 0 ? 0n : monthly(meter, i, m, r)));
    values = values.map((v, r) => v + (consumption[r] ?? 0n));
    return {
      meterId: meter.meterId,
      unitId: meter.unitId,
      period,
      kind: m === 0 ? "initial" : "regular",
      source: "owner",
      estimated: false,
      flagged: false,
      enteredBy: "demo",
      enteredAt: `${period}-22T08:00:00.000Z`,
      values: values.map(formatMilli),
      consumption: consumption.map(formatMilli),
      history: [],
    };
  });
}

/**
 * Demo meters: cold and hot water in every unit, a day/night electricity meter in every fourth,
 * a building cold-water meter, and six months of readings ending the month before today (so the
 * current window is still to fill). Unit u020's water meters are out of verification.
 */
export async function seedMeters(deps: AppDeps, a: AssociationProfile, units: readonly Unit[]): Promise<void> {
  const current = dayIn(a.timezone, deps.clock.now()).slice(0, 7);
  const periods: string[] = [];
  for (let p = previousPeriod(current); periods.length < 6; p = previousPeriod(p)) periods.unshift(p);
  const buildingTotals = periods.map(() => 0n);
  for (const [i, unit] of units.entries()) {
    const codec = await codecFor(deps, a.associationId, unit.unitId);
    const items = [];
    for (const meter of metersOf(unit, i)) {
      await putMeter(deps, a.associationId, meter);
      const readings = readingsOf(meter, i, periods);
      if (meter.kind === "water_cold")
        readings.forEach((r, m) => {
          buildingTotals[m] = (buildingTotals[m] ?? 0n) + BigInt(r.consumption[0]?.replace(".", "") ?? "0");
        });
      items.push(...readings.map((r) => readingItem(a.associationId, codec, r, 1)));
    }
    await deps.table.batchPut(items);
  }
  await seedBuilding(deps, a, periods, buildingTotals);
}

async function seedBuilding(deps: AppDeps, a: AssociationProfile, periods: string[], totals: bigint[]) {
  const meter: Meter = {
    meterId: "bld-wc",
    kind: "water_cold",
    serial: "BLD-WC-1",
    location: "basement",
    registers: [{ code: "T1", digits: 7, decimals: 3 }],
    installedOn: "2022-01-01",
    verificationDue: "2030-01-01",
    status: "active",
  };
  await putMeter(deps, a.associationId, meter);
  const codec = await codecFor(deps, a.associationId, undefined);
  let value = 5_000_000n;
  const items = periods.map((period, m) => {
    const consumption = m === 0 ? 0n : ((totals[m] ?? 0n) * 108n) / 100n;
    value += consumption;
    const r: Reading = {
      meterId: meter.meterId,
      period,
      kind: m === 0 ? "initial" : "regular",
      source: "admin",
      estimated: false,
      flagged: false,
      enteredBy: "demo",
      enteredAt: `${period}-25T10:00:00.000Z`,
      values: [formatMilli(value)],
      consumption: [formatMilli(consumption)],
      history: [],
    };
    return readingItem(a.associationId, codec, r, 1);
  });
  await deps.table.batchPut(items);
}
