import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPersonIdByEmail } from "../../functions/identity/persons";
import { paymentReminders } from "../../functions/jobs/all";
import { fixedClock } from "../../functions/platform/clock";
import { keys } from "../../functions/platform/keys";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";
import { signInWithTotp } from "./support/identity";

/**
 * Payment reminders on test dates with a fixed clock: the seeded November list is due on
 * 2026-11-25; Romanian defaults remind 5 and 15 days after it and send the formal notice after 30.
 */
let domus: TestDomus;
const clock = fixedClock("2026-11-30T08:00:00Z");
const ro = "ro-lalelelor-m7";
const base = `/api/admin/associations/${ro}`;
const accountant = new ApiClient("", "ro");
const chairman = new ApiClient("", "ro");
const ana = new ApiClient("", "ro");
const mihai = new ApiClient("", "ro");

interface Mail {
  subject: string;
  destination: { to: string[] };
  body: { text?: string };
}

async function mailsTo(to: string): Promise<Mail[]> {
  const store = (await (await fetch(domus.mailStoreUrl)).json()) as { emails: Mail[] };
  return store.emails.filter((e) => e.destination.to.includes(to));
}

const run = () => paymentReminders(domus.deps, clock.now());

beforeAll(async () => {
  domus = await startTestDomus({ clock });
  for (const c of [accountant, chairman, ana, mihai]) Object.assign(c, { baseUrl: domus.url });
  const now = () => clock.now().getTime();
  expect((await signInWithTotp(accountant, "maria.stan@example.com", { now })).status).toBe(200);
  clock.advance(30_000);
  expect((await signInWithTotp(chairman, "ion.ionescu@example.com", { now })).status).toBe(200);
  expect((await ana.signIn("ana.popescu@example.com")).status).toBe(200);
  expect((await mihai.signIn("mihai.dumitrescu@example.com")).status).toBe(200);
  // Mihai (co-owner of u012) wants no payment-reminder emails; the chairman's own unit is paid up.
  const mihaiId = (await findPersonIdByEmail(domus.deps, "mihai.dumitrescu@example.com")) as string;
  await domus.deps.table.update({
    Key: keys.person(mihaiId),
    UpdateExpression: "SET notifications = :n",
    ExpressionAttributeValues: {
      ":n": { announcements: true, charges: true, paymentReminders: false, messages: true },
    },
  });
  const owed = await accountant.get(`${base}/units/u001/open-debts`);
  const amount = (owed.body.totalMinor as number) / 100;
  const pay = { idempotencyKey: "paid-up", unitId: "u001", amount: amount.toFixed(2), date: "2026-11-20" };
  expect((await accountant.post(`${base}/payments`, { ...pay, method: "transfer" })).status).toBe(201);
}, 120_000);

afterAll(async () => {
  await domus?.stop();
});

describe("reminder settings", () => {
  it("shows the country defaults, refuses stages out of order, and lets managers only save", async () => {
    const got = await accountant.get(`${base}/reminder-settings`);
    expect(got.body).toMatchObject({
      country: "RO",
      stored: false,
      settings: { firstAfterDays: 5, noticeAfterDays: 30 },
    });
    const body = {
      enabled: true,
      daysBeforeDue: 3,
      firstAfterDays: 5,
      secondAfterDays: 15,
      noticeAfterDays: 30,
      wording: [{ stage: "second", locale: "ro", text: "Vă rugăm frumos să achitați restanța." }],
    };
    expect((await accountant.call("PUT", `${base}/reminder-settings`, body)).status).toBe(403);
    const bad = await chairman.call("PUT", `${base}/reminder-settings`, { ...body, secondAfterDays: 40 });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ error: { code: "reminders.order_invalid" } });
    const ok = await chairman.call("PUT", `${base}/reminder-settings`, body);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ stored: true, settings: { wording: [{ stage: "second" }] } });
  });
});

describe("payments.reminders", () => {
  it("sends each reminder once, however often and concurrently the job runs", async () => {
    const first = await run();
    expect(first.sent).toBeGreaterThan(0);
    const again = [await run(), ...(await Promise.all([run(), run(), run()]))];
    expect(again.reduce((s, r) => s + Number(r.sent), 0)).toBe(0);
    const toAna = await mailsTo("ana.popescu@example.com");
    expect(toAna).toHaveLength(1);
    expect(toAna[0]?.subject).toContain("reamintire de plată pentru apartamentul 12");
    expect(toAna[0]?.body.text).toMatch(/IBAN RO\w+/);
    expect(toAna[0]?.body.text).toContain("/u/u012/pay");
    // Opted out of emails: no email, but the in-app notification is there.
    expect(await mailsTo("mihai.dumitrescu@example.com")).toHaveLength(0);
    expect(Number(first.optedOut)).toBeGreaterThan(0);
    // Paid up: nothing. Only owners and co-owners are reminded (never the resident).
    expect(await mailsTo("ion.ionescu@example.com")).toHaveLength(0);
    expect(await mailsTo("elena.georgescu@example.com")).toHaveLength(0);
  });

  it("gives each owner the reminder in their inbox, which they (only) mark read", async () => {
    type Inbox = { items: { notificationId: string; type: string; link: string; text: string; read: boolean }[] };
    const list = await ana.get<Inbox>("/api/me/inbox");
    expect(list.status).toBe(200);
    expect(list.body.items).toMatchObject([
      { type: "payments.reminder_first", link: `/a/${ro}/u/u012/pay`, read: false },
    ]);
    expect(list.body.items[0]?.text).toContain("apartamentului 12");
    const id = list.body.items[0]?.notificationId;
    // Mihai wants no reminder emails, but the inbox has it.
    expect((await mihai.get<{ unread: number }>("/api/me/inbox/unread")).body).toEqual({ unread: 1 });
    expect((await mihai.post(`/api/me/inbox/${id}/read`)).status).toBe(404);
    expect((await ana.post(`/api/me/inbox/${id}/read`)).status).toBe(200);
    expect((await ana.post(`/api/me/inbox/${id}/read`)).status).toBe(200);
    expect((await ana.get("/api/me/inbox/unread")).body).toEqual({ unread: 0 });
  });

  it("uses the association's wording for the second reminder, then sends the formal notice with its PDF", async () => {
    clock.set("2026-12-10T08:00:00Z");
    await Promise.all([run(), run()]);
    const second = await mailsTo("ana.popescu@example.com");
    expect(second).toHaveLength(2);
    expect(second[1]?.body.text).toContain("Vă rugăm frumos să achitați restanța.");
    clock.set("2026-12-26T08:00:00Z");
    await Promise.all([run(), run(), run()]);
    const all = await mailsTo("ana.popescu@example.com");
    expect(all).toHaveLength(3);
    expect(all[2]?.subject).toContain("somație de plată");
    expect(all[2]?.body.text).toContain("/units/u012/formal-notice?period=2026-11");
    // The formal notice is a legal notice: it reaches Mihai although he switched reminder emails off.
    expect((await mailsTo("mihai.dumitrescu@example.com")).map((m) => m.subject)).toEqual([
      expect.stringContaining("somație de plată"),
    ]);
    // Sessions have expired over the weeks the clock moved.
    expect((await ana.signIn("ana.popescu@example.com")).status).toBe(200);
    const now = () => clock.now().getTime();
    expect((await signInWithTotp(chairman, "ion.ionescu@example.com", { now })).status).toBe(200);
    const pdf = await ana.get(`/api/files/associations/${ro}/units/u012/formal-notice?period=2026-11`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(String(pdf.body).startsWith("%PDF")).toBe(true);
    const pay = await ana.get(`/api/owner/associations/${ro}/units/u012/pay`);
    expect(pay.body).toMatchObject({ reference: "M7-012", cardAvailable: false });
    expect(pay.body.amountMinor).toBeGreaterThan(0);
    const qr = await ana.get(`/api/files/associations/${ro}/units/u012/pay-qr`);
    expect(qr.headers.get("content-type")).toBe("image/png");
    const forChairman = await chairman.get(`/api/files/associations/${ro}/units/u012/formal-notice`);
    expect(forChairman.status).toBe(200);
    expect((await ana.get(`/api/files/associations/${ro}/units/u013/formal-notice`)).status).toBe(403);
  });
});
