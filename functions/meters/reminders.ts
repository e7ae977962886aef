import type { MembershipItem } from "../identity/memberships";
import { type Notice, type NoticeOutcome, notify } from "../notifications/notify";
import type { AppDeps } from "../platform/deps";
import { translate } from "../platform/i18n";
import { keys } from "../platform/keys";
import type { AssociationProfile } from "../registry/associations";
import { contextOf, type MeterContext } from "./calendar";
import { listMeters } from "./meter-store";
import { reminderDue } from "./model/window";
import { readingItemsOfPeriod } from "./reading-store";

/** Units with an active meter that has no real reading yet this period. */
async function unitsMissing(deps: AppDeps, associationId: string, period: string): Promise<Set<string>> {
  const [meters, items] = await Promise.all([
    listMeters(deps, associationId),
    readingItemsOfPeriod(deps, associationId, period),
  ]);
  const read = new Set(items.filter((i) => !i.estimated).map((i) => i.meterId));
  return new Set(
    meters.filter((m) => m.unitId && m.status === "active" && !read.has(m.meterId)).map((m) => m.unitId as string),
  );
}

type Outcome = NoticeOutcome;

/** The reminder as a notice of the notification service (which keeps it to once per person). */
function reminderNotice(deps: AppDeps, mc: MeterContext, kind: "open" | "closing", m: MembershipItem): Notice {
  const { period, closesOn } = mc.window;
  const a = mc.a;
  const link = `/a/${a.associationId}/u/${m.units[0]?.unitId ?? ""}/meters`;
  const params = { association: a.name, closesOn, link: `${deps.config.appUrl}${link}` };
  return {
    type: kind === "open" ? "meters.window_open" : "meters.window_closing",
    associationId: a.associationId,
    subject: period,
    link,
    message: {
      key: `notify.meters.window_${kind}`,
      params: { association: a.name, period: { period }, closesOn: { day: closesOn } },
    },
    email: (person) => ({
      subject: translate(person.locale, `meters.mail.${kind}.subject`, params),
      text: translate(person.locale, `meters.mail.${kind}.text`, params),
    }),
  };
}

/** People reminded before the notification service existed (its old sent-markers), read once per run. */
async function remindedBefore(deps: AppDeps, associationId: string, period: string, kind: string) {
  const prefix = keys.meterReminder(associationId, period, kind, "").sk;
  const items = await deps.table.queryAll(`A#${associationId}`, prefix);
  return new Set(items.map((i) => i.sk.slice(prefix.length)));
}

async function remindOne(deps: AppDeps, notice: Notice, m: MembershipItem, before: Set<string>): Promise<Outcome> {
  if (before.has(m.personId)) return "alreadySent";
  return notify(deps, notice, m.personId);
}

/** Reminds the owners of one association, when a reminder is due today. */
export async function remindAssociation(
  deps: AppDeps,
  a: AssociationProfile,
  at: Date,
): Promise<Record<Outcome, number>> {
  const count: Record<Outcome, number> = { sent: 0, digest: 0, alreadySent: 0, optedOut: 0, noEmail: 0 };
  const mc = await contextOf(deps, a, at);
  const kind = reminderDue(mc.rule, mc.today);
  if (!kind) return count;
  const missing = await unitsMissing(deps, a.associationId, mc.window.period);
  const members = await deps.table.queryAll<MembershipItem>(`A#${a.associationId}`, "MEMBER#");
  const owners = members.filter(
    (m) => m.roles.some((r) => r === "owner" || r === "coowner") && m.units.some((u) => missing.has(u.unitId)),
  );
  const before = await remindedBefore(deps, a.associationId, mc.window.period, kind);
  for (const m of owners) count[await remindOne(deps, reminderNotice(deps, mc, kind, m), m, before)] += 1;
  return count;
}
