import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPersonIdByEmail } from "../../functions/identity/persons";
import { notificationsDigest } from "../../functions/jobs/all";
import { readDelivery } from "../../functions/notifications/delivery";
import { deliveryIdOf, mailKeyOf } from "../../functions/notifications/model/delivery-id";
import { informationalPerHour } from "../../functions/notifications/model/limits";
import { type Notice, notify } from "../../functions/notifications/notify";
import { applySesEvent } from "../../functions/notifications/ses-events";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";
import { signInWithTotp } from "./support/identity";

/**
 * The notification service: the inbox routes (only one's own items), the once-only key under
 * concurrency, mandatory types, the hourly allowance and the digest, SES bounces, and the
 * "new monthly charges" notice when a month is published.
 */
let domus: TestDomus;
const ro = "ro-lalelelor-m7";
const ana = new ApiClient("", "ro");
const mihai = new ApiClient("", "en");
const chairman = new ApiClient("", "ro");

interface Mail {
  subject: string;
  destination: { to: string[] };
  body: { text?: string };
}
type Inbox = {
  items: { notificationId: string; type: string; link: string; text: string; read: boolean }[];
  next?: string;
};

async function mailsTo(to: string): Promise<Mail[]> {
  const store = (await (await fetch(domus.mailStoreUrl)).json()) as { emails: Mail[] };
  return store.emails.filter((e) => e.destination.to.includes(to));
}

const personOf = async (email: string) => (await findPersonIdByEmail(domus.deps, email)) as string;

/** A notice about a made-up subject, so each test has its own once-only key. */
function notice(subject: string, type: Notice["type"] = "meters.window_open"): Notice {
  return {
    type,
    associationId: ro,
    subject,
    link: `/a/${ro}/u/u012/meters`,
    message: {
      key: "notify.meters.window_open",
      params: { association: "Lalelelor M7", period: { period: "2027-01" }, closesOn: { day: "2027-01-25" } },
    },
    email: () => ({ subject: `Test notice ${subject}`, text: `About ${subject}` }),
  };
}

beforeAll(async () => {
  domus = await startTestDomus();
  for (const c of [ana, mihai, chairman]) Object.assign(c, { baseUrl: domus.url });
  expect((await ana.signIn("ana.popescu@example.com")).status).toBe(200);
  expect((await mihai.signIn("mihai.dumitrescu@example.com")).status).toBe(200);
  expect((await signInWithTotp(chairman, "ion.ionescu@example.com")).status).toBe(200);
}, 120_000);

afterAll(async () => {
  await domus?.stop();
});

describe("once per (type, subject, recipient)", () => {
  it("sends one email and one inbox item however many jobs notify at once", async () => {
    const anaId = await personOf("ana.popescu@example.com");
    const before = (await ana.get<{ unread: number }>("/api/me/inbox/unread")).body.unread;
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => notify(domus.deps, notice("race"), anaId)));
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "alreadySent")).toHaveLength(7);
    expect((await mailsTo("ana.popescu@example.com")).filter((m) => m.subject === "Test notice race")).toHaveLength(1);
    expect((await ana.get<{ unread: number }>("/api/me/inbox/unread")).body.unread).toBe(before + 1);
    expect(await notify(domus.deps, notice("race"), anaId)).toBe("alreadySent");
  });
});

describe("the inbox", () => {
  it("lists a person's own items newest first in pages, in the reader's language", async () => {
    const anaId = await personOf("ana.popescu@example.com");
    await notify(domus.deps, notice("page-2"), anaId);
    const first = await ana.get<Inbox>("/api/me/inbox?limit=1");
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.items[0]?.text).toBe(
      "Lalelelor M7: indexurile contoarelor pentru ianuarie 2027 se pot introduce până la 25 ianuarie 2027.",
    );
    const second = await ana.get<Inbox>(`/api/me/inbox?limit=1&cursor=${first.body.next}`);
    expect(second.body.items[0]?.notificationId).not.toBe(first.body.items[0]?.notificationId);
    // The same item read in English by someone who asks in English.
    const english = new ApiClient(domus.url, "en");
    await english.signIn("ana.popescu@example.com");
    expect((await english.get<Inbox>("/api/me/inbox?limit=1")).body.items[0]?.text).toBe(
      "Lalelelor M7: the meter readings for January 2027 can be entered until 25 January 2027.",
    );
    const bad = await ana.get("/api/me/inbox?cursor=not-a-cursor");
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { fields: [{ path: "cursor" }] } });
    expect((await mihai.get<Inbox>("/api/me/inbox")).body.items.map((i) => i.text).join()).not.toContain("ianuarie");
  });

  it("marks one read (only its owner may, twice is harmless) and then all", async () => {
    const list = (await ana.get<Inbox>("/api/me/inbox")).body.items;
    const unread = (await ana.get<{ unread: number }>("/api/me/inbox/unread")).body.unread;
    expect(unread).toBe(list.filter((i) => !i.read).length);
    const id = list.find((i) => !i.read)?.notificationId;
    expect((await mihai.post(`/api/me/inbox/${id}/read`)).status).toBe(404);
    expect((await ana.post(`/api/me/inbox/${id}/read`)).status).toBe(200);
    expect((await ana.post(`/api/me/inbox/${id}/read`)).status).toBe(200);
    expect((await ana.get("/api/me/inbox/unread")).body).toEqual({ unread: unread - 1 });
    expect((await ana.post("/api/me/inbox/read-all")).body).toEqual({ marked: unread - 1 });
    expect((await ana.get("/api/me/inbox/unread")).body).toEqual({ unread: 0 });
    expect((await ana.get<Inbox>("/api/me/inbox")).body.items.every((i) => i.read)).toBe(true);
  });
});

describe("choices", () => {
  it("refuses to switch off a legal notice, translated, and shows it always on", async () => {
    const choices = [
      { type: "payments.reminder_first", channel: "email", on: false },
      { type: "payments.formal_notice", channel: "email", on: false },
    ];
    const refused = await ana.call("PUT", "/api/me/notification-preferences", { choices });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      error: {
        code: "notifications.mandatory",
        message: "Această notificare este obligatorie prin lege și nu poate fi oprită.",
        fields: [{ path: "choices.1.on", code: "notifications.mandatory" }],
      },
    });
    const rows = await ana.get<{ types: { type: string; mandatory: boolean; channels: { on: boolean }[] }[] }>(
      "/api/me/notification-preferences",
    );
    const notice = rows.body.types.find((t) => t.type === "payments.formal_notice");
    expect(notice).toMatchObject({ mandatory: true, channels: [{ on: true }, { on: true }] });
    // Nothing of the refused request was saved.
    const first = rows.body.types.find((t) => t.type === "payments.reminder_first");
    expect(first?.channels.every((c) => c.on)).toBe(true);
    const unknown = await ana.call("PUT", "/api/me/notification-preferences", {
      choices: [{ type: "announcements", channel: "email", on: false }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ error: { fields: [{ path: "choices.0.type" }] } });
  });

  it("keeps the inbox but not the email of a type switched off", async () => {
    const choices = [{ type: "meters.window_open", channel: "email", on: false }];
    expect((await mihai.call("PUT", "/api/me/notification-preferences", { choices })).status).toBe(200);
    const mihaiId = await personOf("mihai.dumitrescu@example.com");
    expect(await notify(domus.deps, notice("opted-out"), mihaiId)).toBe("optedOut");
    expect((await mailsTo("mihai.dumitrescu@example.com")).some((m) => m.subject.includes("opted-out"))).toBe(false);
    expect((await mihai.get<Inbox>("/api/me/inbox")).body.items[0]?.type).toBe("meters.window_open");
  });
});

describe("the hourly allowance and the daily digest", () => {
  it("sends informational emails up to the allowance, the rest once in the digest", async () => {
    const elena = await personOf("elena.georgescu@example.com");
    const subjects = ["d1", "d2", "d3", "d4", "d5"];
    const outcomes = await Promise.all(subjects.map((s) => notify(domus.deps, notice(s), elena)));
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(informationalPerHour);
    expect(outcomes.filter((o) => o === "digest")).toHaveLength(subjects.length - informationalPerHour);
    const at = domus.deps.clock.now();
    const runs = await Promise.all([1, 2, 3].map(() => notificationsDigest(domus.deps, at)));
    expect(runs.reduce((n, r) => n + Number(r.digests), 0)).toBe(1);
    const digests = (await mailsTo("elena.georgescu@example.com")).filter((m) => m.subject.includes("notific"));
    expect(digests).toHaveLength(1);
    expect(digests[0]?.body.text?.match(/• /g)).toHaveLength(subjects.length - informationalPerHour);
    expect((await notificationsDigest(domus.deps, at)).digests).toBe(0);
  });
});

describe("SES events", () => {
  it("marks a notification's email bounced from the configuration set's event", async () => {
    // Not an informational type, so it leaves Ana's hourly allowance for the published month.
    const anaId = await personOf("ana.popescu@example.com");
    await notify(domus.deps, notice("bounce", "payments.reminder_first"), anaId);
    const id = deliveryIdOf("payments.reminder_first", ro, "bounce", anaId);
    expect((await readDelivery(domus.deps, id, "email"))?.status).toBe("sent");
    const event = {
      "detail-type": "Email Bounced",
      detail: {
        eventType: "Bounce",
        bounce: { bounceType: "Permanent", timestamp: "2026-12-07T09:05:00.000Z" },
        mail: {
          timestamp: "2026-12-07T09:00:00.000Z",
          tags: { "domus-key": [mailKeyOf("payments.reminder_first", id)] },
        },
      },
    };
    expect(await applySesEvent(domus.deps, event)).toEqual({ updated: 1, ignored: 0 });
    expect(await readDelivery(domus.deps, id, "email")).toMatchObject({ status: "bounced", permanent: true });
    const stranger = { detail: { ...event.detail, mail: { tags: { "domus-key": ["identity-invite"] } } } };
    expect(await applySesEvent(domus.deps, stranger)).toEqual({ updated: 0, ignored: 1 });
  });
});

describe("a published month", () => {
  it("tells each owner once, in their language, the amount due and where the bill is", async () => {
    const base = `/api/admin/associations/${ro}/billing/2026-12`;
    expect((await chairman.post(`${base}/draft`)).status).toBe(200);
    const published = await chairman.post(`${base}/publish`);
    expect(published.status).toBe(200);
    const toAna = (await mailsTo("ana.popescu@example.com")).filter((m) => m.subject.includes("cheltuielile pentru"));
    expect(toAna).toHaveLength(1);
    expect(toAna[0]?.subject).toBe(
      "Asociația de Proprietari Lalelelor M7: cheltuielile pentru decembrie 2026, apartamentul 12",
    );
    expect(toAna[0]?.body.text).toMatch(/Suma de plată: [\d.,]+ lei, până la \d+ \w+ 202\d\./);
    expect(toAna[0]?.body.text).toContain(`/a/${ro}/u/u012/charges?period=2026-12`);
    const item = (await ana.get<Inbox>("/api/me/inbox")).body.items.find((i) => i.type === "billing.month_published");
    expect(item).toMatchObject({ link: `/a/${ro}/u/u012/charges?period=2026-12`, read: false });
    // A repeated publish is refused and sends nothing again; the resident is not an owner.
    expect((await chairman.post(`${base}/publish`)).status).toBe(409);
    const again = (await mailsTo("ana.popescu@example.com")).filter((m) => m.subject.includes("cheltuielile pentru"));
    expect(again).toHaveLength(1);
    expect((await mailsTo("elena.georgescu@example.com")).some((m) => m.subject.includes("cheltuielile"))).toBe(false);
  });
});
