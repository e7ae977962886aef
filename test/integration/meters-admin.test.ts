import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metersReminders } from "../../functions/jobs/all";
import { fixedClock } from "../../functions/platform/clock";
import { finalKeyOf, pendingUploadPrefix } from "../../functions/platform/model/uploads";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";
import { signInWithTotp } from "./support/identity";

/**
 * The administrator's side of meters beyond readings: the registry (create, edit, replace), the
 * reading window, photos of the dial (limits signed into the upload, viewed by the administrator),
 * the audit trail of every change, and the owner's choice about reading reminders.
 */
const clock = fixedClock("2026-11-21T10:00:00Z");
let domus: TestDomus;
const admin = new ApiClient("", "ro");
const olga = new ApiClient("", "uk");
const ro = "ro-lalelelor-m7";
const pl = "pl-rozana-12";
const adm = (a: string) => `/api/admin/associations/${a}`;

type Field = { path: string; code: string; message: string };
type Answer = { error: { code: string; message: string; fields: Field[] } };
type Meter = { meterId: string; unitId?: string; status: string; replacedBy?: string; serial: string };
type Reading = { values: string[]; kind: string };

const gasMeter = {
  unitId: "u017",
  kind: "gas",
  serial: "G-17001",
  location: "kitchen",
  registers: [{ code: "T1", digits: 5, decimals: 3 }],
  installedOn: "2026-11-01",
  verificationDue: "2036-11-01",
};

beforeAll(async () => {
  domus = await startTestDomus({ clock });
  for (const api of [admin, olga]) (api as { baseUrl: string }).baseUrl = domus.url;
  const signed = await signInWithTotp(admin, "admin@example.com", { now: () => clock.now().getTime() });
  expect(signed.status).toBe(200);
  expect((await olga.signIn("olga.shevchenko@example.com")).status).toBe(200);
}, 120_000);
afterAll(async () => {
  await domus?.stop();
});

/** Field codes of a refused request, with the check that each message was translated. */
function codesOf(answer: { status: number; body: unknown }): string[] {
  expect(answer.status).toBe(400);
  const fields = (answer.body as Answer).error.fields;
  for (const f of fields) expect(f.message).not.toBe(f.code);
  return fields.map((f) => `${f.path}:${f.code}`);
}

describe("the meter registry", () => {
  it("creates apartment and building meters and lists them", async () => {
    const unit = await admin.call<Meter>("PUT", `${adm(ro)}/meters/u017-gas`, gasMeter);
    expect(unit.status).toBe(200);
    expect(unit.body).toMatchObject({ meterId: "u017-gas", unitId: "u017", status: "active" });
    const { unitId: _u, ...building } = { ...gasMeter, kind: "heat", serial: "B-HEAT-2" };
    expect((await admin.call("PUT", `${adm(ro)}/meters/bld-heat-2`, building)).status).toBe(200);
    const list = await admin.get<{ meters: Meter[] }>(`${adm(ro)}/meters`);
    const ids = list.body.meters.map((m) => m.meterId);
    expect(ids).toEqual(expect.arrayContaining(["u017-gas", "bld-heat-2", "u012-wc"]));
    expect(list.body.meters.find((m) => m.meterId === "bld-heat-2")?.unitId).toBeUndefined();
  });

  it("refuses bad input field by field, translated, and writes nothing", async () => {
    const bad = {
      ...gasMeter,
      unitId: "u999",
      registers: [{ code: "T1", digits: 12, decimals: 3 }],
    };
    expect(codesOf(await admin.call("PUT", `${adm(ro)}/meters/u017-bad`, bad))).toEqual(["registers.0.digits:too_big"]);
    expect(codesOf(await admin.call("PUT", `${adm(ro)}/meters/u017-bad`, { ...gasMeter, unitId: "u999" }))).toEqual([
      "unitId:meters.unknown_unit",
    ]);
    const early = { ...gasMeter, verificationDue: "2020-01-01" };
    expect(codesOf(await admin.call("PUT", `${adm(ro)}/meters/u017-bad`, early))).toEqual([
      "verificationDue:meters.verification_before_install",
    ]);
    const five = {
      ...gasMeter,
      registers: Array.from({ length: 5 }, (_, i) => ({ code: `T${i}`, digits: 5, decimals: 0 })),
    };
    expect(codesOf(await admin.call("PUT", `${adm(ro)}/meters/u017-bad`, five))).toEqual(["registers:too_big"]);
    const list = await admin.get<{ meters: Meter[] }>(`${adm(ro)}/meters`);
    expect(list.body.meters.some((m) => m.meterId === "u017-bad")).toBe(false);
  });

  it("keeps an existing meter's unit, kind and registers: those need a replacement", async () => {
    const moved = {
      ...gasMeter,
      unitId: "u018",
      kind: "water_cold",
      registers: [...gasMeter.registers, gasMeter.registers[0]],
    };
    expect(codesOf(await admin.call("PUT", `${adm(ro)}/meters/u017-gas`, moved)).sort()).toEqual([
      "kind:meters.fixed_after_create",
      "registers:meters.fixed_after_create",
      "unitId:meters.fixed_after_create",
    ]);
    const corrected = await admin.call<Meter>("PUT", `${adm(ro)}/meters/u017-gas`, { ...gasMeter, serial: "G-17002" });
    expect(corrected.body.serial).toBe("G-17002");
  });

  it("replaces a meter whose verification expired, with its final and the new one's first reading", async () => {
    const history = await admin.get<{ readings: Reading[] }>(
      `/api/owner/associations/${ro}/units/u020/meters/u020-wc/history`,
    );
    const last = history.body.readings.at(-1)?.values[0] ?? "";
    const final = (Number(last) + 2.5).toFixed(3);
    const replaced = await admin.post<{ old: Meter; new: Meter }>(`${adm(ro)}/meters/u020-wc/replace`, {
      period: "2026-11",
      finalValues: [final],
      newMeterId: "u020-wc-2",
      newMeter: { ...gasMeter, unitId: undefined, kind: undefined, serial: "WC-NEW-20" },
      initialValues: ["0.000"],
    });
    expect(replaced.status, JSON.stringify(replaced.body)).toBe(200);
    expect(replaced.body.old).toMatchObject({ status: "retired", replacedBy: "u020-wc-2" });
    expect(replaced.body.new).toMatchObject({ status: "active", unitId: "u020", serial: "WC-NEW-20" });
    const after = await admin.get<{ readings: Reading[] }>(
      `/api/owner/associations/${ro}/units/u020/meters/u020-wc/history`,
    );
    expect(after.body.readings.at(-1)).toMatchObject({ kind: "final", values: [final] });
  });
});

describe("the reading window", () => {
  it("refuses a last day before the first, then saves and shows a lenient window", async () => {
    const wrong = await admin.call("PUT", `${adm(ro)}/meter-settings`, { fromDay: 25, toDay: 20, mode: "strict" });
    expect(codesOf(wrong)).toEqual(["toDay:meters.window_order"]);
    const saved = await admin.call<{ mode: string; window: { opensOn: string; closesOn: string } }>(
      "PUT",
      `${adm(ro)}/meter-settings`,
      { fromDay: 18, toDay: 26, mode: "lenient" },
    );
    expect(saved.body).toMatchObject({ mode: "lenient", window: { opensOn: "2026-11-18", closesOn: "2026-11-26" } });
    const read = await admin.get<{ fromDay: number; toDay: number; mode: string }>(`${adm(ro)}/meter-settings`);
    expect(read.body).toMatchObject({ fromDay: 18, toDay: 26, mode: "lenient" });
    await admin.call("PUT", `${adm(ro)}/meter-settings`, { fromDay: 20, toDay: 25, mode: "strict" });
  });
});

describe("photos of the dial", () => {
  const upload = `/api/owner/associations/${pl}/units/u009/meters/u009-wc/photo`;
  // A tiny but real JPEG header: the content is opaque to Domus, only its type and size matter.
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array(600).fill(7), 0xff, 0xd9]);

  it("refuses another type and a photo over 4 MB, in the owner's language", async () => {
    const pdf = await olga.post<Answer>(upload, { contentType: "application/pdf", size: 1000 });
    expect(codesOf(pdf)).toEqual(["contentType:meters.photo_type"]);
    expect(pdf.body.error.fields[0]?.message).toMatch(/JPEG, PNG, WebP або HEIC/);
    const big = await olga.post<Answer>(upload, { contentType: "image/jpeg", size: 4 * 1024 * 1024 + 1 });
    expect(codesOf(big)).toEqual(["size:meters.photo_too_large"]);
    expect(big.body.error.fields[0]?.message).toContain("4 MB");
  });

  it("signs the type and size into the upload URL, and the administrator sees the photo", async () => {
    const out = await olga.post<{ uploadUrl: string; photoKey: string }>(upload, {
      contentType: "image/jpeg",
      size: jpeg.length,
    });
    expect(out.status).toBe(200);
    const signed = new URL(out.body.uploadUrl).searchParams.get("X-Amz-SignedHeaders")?.split(";");
    expect(signed).toEqual(expect.arrayContaining(["content-length", "content-type"]));
    const put = await fetch(out.body.uploadUrl, {
      method: "PUT",
      body: jpeg,
      headers: { "content-type": "image/jpeg" },
    });
    expect(put.status).toBe(200);
    const screen = await olga.get<{ meters: { meter: { meterId: string }; previous: Reading | null }[] }>(
      `/api/owner/associations/${pl}/units/u009/meters`,
    );
    const previous = screen.body.meters.find((m) => m.meter.meterId === "u009-wc")?.previous?.values[0] ?? "";
    const value = (Number(previous) + 3).toFixed(3);
    const readings = `/api/owner/associations/${pl}/units/u009/meters/readings`;
    // The upload waits under pending/ (expired by the bucket) until a reading names it.
    expect(out.body.photoKey).toMatch(new RegExp(`^${pendingUploadPrefix}${pl}/meters/u009/u009-wc/ph\\w+\\.jpg$`));
    const finalKey = finalKeyOf(out.body.photoKey);
    expect(await domus.deps.blobs.head(finalKey)).toBeUndefined();
    const never = `${pendingUploadPrefix}${pl}/meters/u009/u009-wc/phneveruploaded.jpg`;
    const notUploaded = await olga.post<Answer>(readings, {
      readings: [{ meterId: "u009-wc", values: [value], photoKey: never }],
    });
    expect(codesOf(notUploaded)).toEqual(["readings.0.photoKey:meters.invalid_photo"]);
    const elsewhere = await olga.post<Answer>(readings, {
      readings: [
        { meterId: "u009-wc", values: [value], photoKey: `${pendingUploadPrefix}${pl}/meters/u009/u009-wc/../x.jpg` },
      ],
    });
    expect(codesOf(elsewhere)).toEqual(["readings.0.photoKey:meters.invalid_photo"]);
    const submitted = await olga.post(readings, {
      readings: [{ meterId: "u009-wc", values: [value], photoKey: out.body.photoKey }],
    });
    expect(submitted.status).toBe(200);
    // Attached: the plaintext upload is gone from pending/, the photo stored encrypted under the
    // unit's account key (not the uploaded bytes).
    expect(await domus.deps.blobs.head(out.body.photoKey)).toBeUndefined();
    const stored = await domus.deps.blobs.get(finalKey);
    expect(Buffer.from(stored).includes(Buffer.from(jpeg.subarray(0, 40)))).toBe(false);
    // Sent again (a double tap), the photo is still the one attached.
    const again = await olga.post(readings, {
      readings: [{ meterId: "u009-wc", values: [value], photoKey: out.body.photoKey }],
    });
    expect(again.status).toBe(200);

    const view = await admin.get<{ url: string; contentType: string }>(
      `${adm(pl)}/meter-readings/2026-11/u009-wc/photo`,
    );
    expect(view.status).toBe(200);
    expect(view.body.contentType).toBe("image/jpeg");
    const bytes = new Uint8Array(await (await fetch(view.body.url)).arrayBuffer());
    expect(bytes).toEqual(jpeg);
    expect((await admin.get(`${adm(pl)}/meter-readings/2026-11/u009-wh/photo`)).status).toBe(404);
  });
});

describe("the audit trail", () => {
  it("records every administrative change of meters and readings, and each look at a photo", async () => {
    const entered = await admin.post(`${adm(ro)}/meter-readings`, {
      period: "2026-11",
      readings: [{ meterId: "u017-gas", values: ["12.000"], confirm: true }],
    });
    expect(entered.status).toBe(200);
    const imported = await admin.post(`${adm(ro)}/meter-readings/import`, {
      period: "2026-11",
      format: "csv",
      content: "serial,value1\nB-HEAT-2,40.500\n",
    });
    expect(imported.body).toMatchObject({ imported: 1 });
    expect((await admin.post(`${adm(ro)}/meter-readings/2026-10/estimates`)).status).toBe(200);

    const me = await admin.get<{ userId: string }>("/api/me");
    type Entry = { action: string; subject?: string; actor?: string; outcome: string };
    const log = await admin.get<{ items: Entry[] }>(`${adm(ro)}/audit?limit=100`);
    const meters = log.body.items.filter((e) => e.action.startsWith("meters."));
    expect(meters.every((e) => e.actor === me.body.userId && e.outcome === "success")).toBe(true);
    expect(meters.map((e) => `${e.action} ${e.subject}`)).toEqual(
      expect.arrayContaining([
        "meters.meter_save meter:u017-gas",
        "meters.meter_save meter:bld-heat-2",
        "meters.meter_replace meter:u020-wc",
        "meters.meter_replace meter:u020-wc-2",
        "meters.settings_change association:ro-lalelelor-m7",
        "meters.readings_enter unit:u017",
        "meters.readings_import readings:2026-11",
        "meters.estimate readings:2026-10",
      ]),
    );
    const plLog = await admin.get<{ items: Entry[] }>(`${adm(pl)}/audit?limit=100`);
    expect(plLog.body.items.map((e) => `${e.action} ${e.subject}`)).toContain("meters.photo_view unit:u009");
  });

  it("leaves no record for a refused change or a dry run", async () => {
    const before = await admin.get<{ items: unknown[] }>(`${adm(ro)}/audit?limit=100`);
    await admin.call("PUT", `${adm(ro)}/meters/u017-bad`, { ...gasMeter, unitId: "u999" });
    await admin.post(`${adm(ro)}/meter-readings/import`, {
      period: "2026-11",
      format: "csv",
      content: "serial,value1\nB-HEAT-2,41.000\n",
      dryRun: true,
    });
    const after = await admin.get<{ items: { action: string }[] }>(`${adm(ro)}/audit?limit=100`);
    const added = after.body.items.slice(0, after.body.items.length - before.body.items.length);
    expect(added.filter((e) => e.action.startsWith("meters."))).toEqual([]);
  });
});

describe("the owner's choice about reading reminders", () => {
  it("sends none to an owner who turned them off", async () => {
    const choices = ["meters.window_open", "meters.window_closing"].map((type) => ({
      type,
      channel: "email",
      on: false,
    }));
    expect((await olga.call("PUT", "/api/me/notification-preferences", { choices })).status).toBe(200);
    const saved = await olga.get<{ types: { type: string; channels: { channel: string; on: boolean }[] }[] }>(
      "/api/me/notification-preferences",
    );
    const email = (type: string) =>
      saved.body.types.find((t) => t.type === type)?.channels.find((c) => c.channel === "email")?.on;
    expect([email("meters.window_open"), email("meters.window_closing"), email("payments.reminder_first")]).toEqual([
      false,
      false,
      true,
    ]);
    await metersReminders(domus.deps, new Date("2026-11-23T08:00:00Z"));
    const store = (await (await fetch(domus.mailStoreUrl)).json()) as { emails: { destination: { to: string[] } }[] };
    const to = (email: string) => store.emails.filter((e) => e.destination.to.includes(email)).length;
    expect(to("olga.shevchenko@example.com")).toBe(0);
    expect(to("jan.kowalski@example.com")).toBe(1);
  });
});
