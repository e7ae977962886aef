import type { MembershipItem } from "../identity/memberships";
import { loadPersonItem, type NotificationPreferences, openPerson } from "../identity/persons";
import type { AppDeps } from "../platform/deps";
import { translate } from "../platform/i18n";
import { keys } from "../platform/keys";
import { isConditionFailure } from "../platform/table";
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

/** A person's wish: their `meterReminders` choice, else (chosen before it existed) their announcements choice. */
function wantsReminders(prefs: NotificationPreferences): boolean {
  return prefs.meterReminders ?? prefs.announcements;
}

type Outcome = "sent" | "alreadySent" | "optedOut" | "noEmail";

async function remindOne(
  deps: AppDeps,
  mc: MeterContext,
  kind: "open" | "closing",
  m: MembershipItem,
): Promise<Outcome> {
  const item = await loadPersonItem(deps, m.personId);
  if (!item) return "noEmail";
  const person = await openPerson(deps, item);
  if (!wantsReminders(person.notifications)) return "optedOut";
  const { period, closesOn } = mc.window;
  try {
    // The marker goes first: a retry or a concurrent run finds it and sends nothing.
    const marker = {
      ...keys.meterReminder(mc.a.associationId, period, kind, m.personId),
      sentAt: deps.clock.now().toISOString(),
    };
    await deps.table.put(marker, { ifAbsent: true });
  } catch (error) {
    if (isConditionFailure(error)) return "alreadySent";
    throw error;
  }
  const params = {
    association: mc.a.name,
    closesOn,
    link: `${deps.config.appUrl}/a/${mc.a.associationId}/u/${m.units[0]?.unitId ?? ""}/meters`,
  };
  await deps.mailer.send({
    to: person.email,
    locale: person.locale,
    content: {
      subject: translate(person.locale, `meters.mail.${kind}.subject`, params),
      text: translate(person.locale, `meters.mail.${kind}.text`, params),
    },
    messageKey: `meters-${kind}-${period}`,
  });
  return "sent";
}

/** Reminds the owners of one association, when a reminder is due today. */
export async function remindAssociation(
  deps: AppDeps,
  a: AssociationProfile,
  at: Date,
): Promise<Record<Outcome, number>> {
  const count: Record<Outcome, number> = { sent: 0, alreadySent: 0, optedOut: 0, noEmail: 0 };
  const mc = await contextOf(deps, a, at);
  const kind = reminderDue(mc.rule, mc.today);
  if (!kind) return count;
  const missing = await unitsMissing(deps, a.associationId, mc.window.period);
  const members = await deps.table.queryAll<MembershipItem>(`A#${a.associationId}`, "MEMBER#");
  const owners = members.filter(
    (m) => m.roles.some((r) => r === "owner" || r === "coowner") && m.units.some((u) => missing.has(u.unitId)),
  );
  for (const m of owners) count[await remindOne(deps, mc, kind, m)] += 1;
  return count;
}
