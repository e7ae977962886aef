import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeLines } from "../../functions/billing/load-inputs";
import { putRule } from "../../functions/billing/rules-store";
import { metersEstimates, metersReminders } from "../../functions/jobs/all";
import { fixedClock } from "../../functions/platform/clock";
import { readAssociation } from "../../functions/registry/associations";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";
import { signInWithTotp } from "./support/identity";

// Inside the Romanian and Polish windows (20th–25th).
const clock = fixedClock("2026-11-21T10:00:00Z");
let domus: TestDomus;
const ana = new ApiClient("", "ro");
const admin = new ApiClient("", "en");
const ro = "ro-lalelelor-m7";
const own = `/api/owner/associations/${ro}/units/u012/meters`;
const adm = `/api/admin/associations/${ro}`;

type Screen = {
  window: { status: string; period: string };
  meters: {
    meter: { meterId: string };
    previous: { values: string[] } | null;
    current: unknown;
    typical: string | null;
  }[];
};
type Answer = { error: { code: string; message: string; fields: { path: string; code: string; message: string }[] } };

beforeAll(async () => {
  domus = await startTestDomus({ clock });
  for (const api of [ana, admin]) (api as { baseUrl: string }).baseUrl = domus.url;
  expect((await ana.signIn("ana.popescu@example.com")).status).toBe(200);
}, 120_000);
afterAll(async () => {
  await domus?.stop();
});

async function screen(): Promise<Screen> {
  const out = await ana.get<Screen>(own);
  expect(out.status).toBe(200);
  return out.body;
}

function next(s: Screen, meterId: string, add: string): string[] {
  const m = s.meters.find((x) => x.meter.meterId === meterId);
  return (m?.previous?.values ?? []).map((v) =>
    (BigInt(v.replace(".", "")) + BigInt(add)).toString().replace(/(\d{3})$/, ".$1"),
  );
}

describe("owner readings inside the window", () => {
  it("shows every meter of the unit with the previous reading and typical consumption", async () => {
    const s = await screen();
    expect(s.window).toMatchObject({ status: "open", period: "2026-11" });
    expect(s.meters.map((m) => m.meter.meterId).sort()).toEqual(["u012-el", "u012-wc", "u012-wh"]);
    expect(s.meters.every((m) => m.previous !== null && m.typical !== null && m.current === null)).toBe(true);
  });

  it("refuses bad input with translated field errors and writes nothing", async () => {
    const s = await screen();
    const cases: [unknown, string][] = [
      [{ readings: [{ meterId: "u012-wc", values: ["abc"] }] }, "meters.not_a_number"],
      [{ readings: [{ meterId: "u012-wc", values: ["-5"] }] }, "meters.negative"],
      [{ readings: [{ meterId: "u012-wc", values: ["1234567"] }] }, "meters.too_many_digits"],
      [{ readings: [{ meterId: "u012-wc", values: ["1.000"] }] }, "meters.below_previous"],
      [{ readings: [{ meterId: "u013-wc", values: next(s, "u012-wc", "3000") }] }, "meters.meter_not_in_unit"],
    ];
    for (const [body, code] of cases) {
      const out = await ana.post<Answer>(`${own}/readings`, body);
      expect(out.status, code).toBe(400);
      expect(out.body.error.fields[0]?.code).toBe(code);
      expect(out.body.error.fields[0]?.message).not.toBe(code);
    }
    const closed = await ana.post<Answer>(`${own}/readings`, {
      period: "2026-10",
      readings: [{ meterId: "u012-wc", values: next(s, "u012-wc", "3000") }],
    });
    expect(closed.status).toBe(422);
    expect(closed.body.error.code).toBe("meters.period_closed");
    expect((await screen()).meters.every((m) => m.current === null)).toBe(true);
  });

  it("takes readings once: the same submission twice changes nothing", async () => {
    const s = await screen();
    const body = {
      readings: [
        { meterId: "u012-wc", values: next(s, "u012-wc", "3200") },
        { meterId: "u012-wh", values: next(s, "u012-wh", "2100") },
      ],
    };
    const [a, b] = await Promise.all([
      ana.post<{ readings: { versions: number; consumption: string[] }[] }>(`${own}/readings`, body),
      ana.post(`${own}/readings`, body),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.readings[0]?.consumption).toEqual(["3.200"]);
    const again = await ana.post<{ readings: { versions: number }[] }>(`${own}/readings`, body);
    expect(again.body.readings.map((r) => r.versions)).toEqual([0, 0]);
    const history = await ana.get<{ readings: { period: string }[] }>(`${own}/u012-wc/history`);
    expect(history.body.readings.at(-1)?.period).toBe("2026-11");
    expect(history.body.readings).toHaveLength(7);
    const csv = await ana.get<string>(`/api/files/associations/${ro}/units/u012/meters/u012-wc/history.csv`);
    expect(csv.status).toBe(200);
    expect(csv.body).toContain("2026-11,");
  });

  it("asks to confirm a consumption far above the usual and flags it once confirmed", async () => {
    const s = await screen();
    const values = next(s, "u012-el", "0").map((v, i) =>
      i === 0 ? (Number.parseInt(v, 10) + 2000).toString() : (Number.parseInt(v, 10) + 50).toString(),
    );
    const asked = await ana.post<Answer>(`${own}/readings`, { readings: [{ meterId: "u012-el", values }] });
    expect(asked.status).toBe(400);
    expect(asked.body.error.fields[0]?.code).toBe("meters.needs_confirmation");
    const confirmed = await ana.post<{ readings: { flagged: boolean }[] }>(`${own}/readings`, {
      readings: [{ meterId: "u012-el", values, confirm: true }],
    });
    expect(confirmed.body.readings[0]?.flagged).toBe(true);
  });

  it("refuses entry before the window opens and after it closes", async () => {
    clock.set("2026-11-10T10:00:00Z");
    expect(
      (await ana.post<Answer>(`${own}/readings`, { readings: [{ meterId: "u012-wc", values: ["999.000"] }] })).body
        .error.code,
    ).toBe("meters.window_not_open");
    clock.set("2026-11-27T10:00:00Z");
    expect(
      (await ana.post<Answer>(`${own}/readings`, { readings: [{ meterId: "u012-wc", values: ["999.000"] }] })).body
        .error.code,
    ).toBe("meters.window_closed");
    clock.set("2026-11-21T11:00:00Z");
  });
});

/** Privileged sessions time out after 30 idle minutes: sign in again whenever the clock jumped. */
async function signInAdmin() {
  clock.advance(30_000);
  const signed = await signInWithTotp(admin, "admin@example.com", { now: () => clock.now().getTime() });
  expect(signed.status).toBe(200);
}

describe("administration", () => {
  beforeAll(signInAdmin);

  it("shows who has not submitted, enters on behalf and corrects with history", async () => {
    const status = await admin.get<{ units: { unitId: string; missing: number }[] }>(`${adm}/meter-readings/2026-11`);
    expect(status.status).toBe(200);
    expect(status.body.units.find((u) => u.unitId === "u012")?.missing).toBe(0);
    expect(status.body.units.find((u) => u.unitId === "u013")?.missing).toBe(2);
    const entered = await admin.post<{ readings: { versions: number }[] }>(`${adm}/meter-readings`, {
      period: "2026-11",
      readings: [{ meterId: "u012-wc", values: ["999.000"], confirm: true }],
    });
    expect(entered.status).toBe(200);
    expect(entered.body.readings[0]?.versions).toBe(1);
  });

  it("imports all-or-nothing with row-level errors", async () => {
    const good = "meterId,value1\nu013-wc,500.000\nu013-wh,500.000\n";
    const bad = `${good}u014-wc,abc\n`;
    const refused = await admin.post<Answer>(`${adm}/meter-readings/import`, {
      period: "2026-11",
      format: "csv",
      content: bad,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields.map((f) => f.path)).toEqual(["rows.4.values.0"]);
    const before = await admin.get<{ units: { unitId: string; missing: number }[] }>(`${adm}/meter-readings/2026-11`);
    expect(before.body.units.find((u) => u.unitId === "u013")?.missing).toBe(2);
    const ok = await admin.post<{ imported: number }>(`${adm}/meter-readings/import`, {
      period: "2026-11",
      format: "csv",
      content: good,
    });
    expect(ok.body.imported).toBe(2);
    const twice = await admin.post<{ imported: number; unchanged: number }>(`${adm}/meter-readings/import`, {
      period: "2026-11",
      format: "csv",
      content: good,
    });
    expect(twice.body).toMatchObject({ imported: 0, unchanged: 2 });
  });
});

async function mailsTo(to: string): Promise<{ subject: string }[]> {
  const store = (await (await fetch(domus.mailStoreUrl)).json()) as {
    emails: { subject: string; destination: { to: string[] } }[];
  };
  return store.emails.filter((e) => e.destination.to.includes(to));
}

describe("reminders and estimates", () => {
  it("reminds owners who have not submitted exactly once, even when the job runs twice at once", async () => {
    const at = new Date("2026-11-23T08:00:00Z");
    await Promise.all([metersReminders(domus.deps, at), metersReminders(domus.deps, at)]);
    await metersReminders(domus.deps, at);
    const jan = await mailsTo("jan.kowalski@example.com");
    expect(jan.filter((m) => m.subject.includes("odczyt"))).toHaveLength(1);
    expect(await mailsTo("ana.popescu@example.com")).toHaveLength(0);
  });

  it("estimates missing readings at window close, once", async () => {
    const at = new Date("2026-11-26T01:00:00Z");
    const first = await metersEstimates(domus.deps, at);
    expect(Number(first.estimated)).toBeGreaterThan(10);
    expect((await metersEstimates(domus.deps, at)).estimated).toBe(0);
    clock.set("2026-11-26T10:00:00Z");
    await signInAdmin();
    const status = await admin.get<{ units: { unitId: string; meters: { state: string }[] }[] }>(
      `${adm}/meter-readings/2026-11`,
    );
    expect(status.body.units.find((u) => u.unitId === "u014")?.meters.map((m) => m.state)).toEqual([
      "estimated",
      "estimated",
    ]);
  });

  it("feeds a consumption rule of the billing engine", async () => {
    const a = await readAssociation(domus.deps, ro);
    if (!a) throw new Error("no association");
    await putRule(domus.deps, ro, {
      ruleId: "hot-water",
      name: "Apă caldă",
      method: "rate_consumption",
      amount: "10.00",
      fund: "maintenance",
      meter: "water_hot",
      uom: "m3",
      exempt: [],
      validFrom: "2026-01",
    });
    const { inputs, lines } = await computeLines(domus.deps, a, "2026-12");
    expect(inputs.consumption.water_hot?.units.u012).toBe("2.100");
    expect(lines.find((l) => l.unitId === "u012" && l.entryId.includes("hot-water"))?.amountMinor).toBe(2100);
  });
});
