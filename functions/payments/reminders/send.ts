import { localMoney } from "../../billing/explain-text";
import { todayIn } from "../../billing/load-inputs";
import type { MembershipItem } from "../../identity/memberships";
import type { PersonView } from "../../identity/persons";
import { dayInWords, periodInWords } from "../../kernel/text-format";
import type { NotificationType } from "../../notifications/model/catalogue";
import { type Notice, type NoticeOutcome, notify } from "../../notifications/notify";
import type { AppDeps } from "../../platform/deps";
import { translate } from "../../platform/i18n";
import { keys } from "../../platform/keys";
import type { AssociationProfile } from "../../registry/associations";
import { listUnits, type Unit } from "../../registry/units";
import { accountOpenItems } from "../account-items";
import { debtsByPeriod, type PeriodDebt, stageOn } from "./schedule";
import { type ReminderSettings, type ReminderStage, readReminderSettings } from "./settings";
import "./messages";

export type ReminderOutcome = NoticeOutcome;
export type ReminderCount = Record<ReminderOutcome, number>;

interface Job {
  deps: AppDeps;
  a: AssociationProfile;
  settings: ReminderSettings;
  unit: Unit;
  debt: PeriodDebt;
  stage: ReminderStage;
}

/** The email of one reminder in the person's language (the association's own wording when set). */
export function reminderMail(j: Job, person: PersonView) {
  const { a, unit, debt, stage, deps } = j;
  const locale = person.locale;
  const base = `${deps.config.appUrl}/a/${encodeURIComponent(a.associationId)}/u/${encodeURIComponent(unit.unitId)}`;
  const params = {
    association: a.name,
    unit: unit.number,
    period: periodInWords(debt.period, locale),
    due: dayInWords(debt.dueDate, locale),
    amount: localMoney(debt.outstandingMinor, a.currency, locale),
    iban: a.bankAccounts[0]?.iban ?? "",
    reference: unit.paymentReference,
    link: `${base}/pay`,
    notice: `${deps.config.appUrl}/api/files/associations/${a.associationId}/units/${unit.unitId}/formal-notice?period=${debt.period}`,
  };
  const own = j.settings.wording.find((w) => w.stage === stage && w.locale === locale)?.text;
  const body = [
    translate(locale, "reminders.mail.greeting", params),
    own ?? translate(locale, `reminders.mail.${stage}.intro`, params),
    translate(locale, "reminders.mail.details", params),
    ...(stage === "notice" ? [translate(locale, "reminders.mail.notice.letter", params)] : []),
    translate(locale, "reminders.mail.link", params),
  ];
  return { subject: translate(locale, `reminders.mail.${stage}.subject`, params), text: body.join("\n\n") };
}

const typeOf: Record<ReminderStage, NotificationType> = {
  before: "payments.reminder_before",
  first: "payments.reminder_first",
  second: "payments.reminder_second",
  notice: "payments.formal_notice",
};

/** The reminder as a notice of the notification service (which keeps it to once per person). */
function reminderNotice(j: Job): Notice {
  const { a, unit, debt, stage } = j;
  return {
    type: typeOf[stage],
    associationId: a.associationId,
    subject: `${unit.unitId}/${debt.period}/${stage}`,
    link: `/a/${encodeURIComponent(a.associationId)}/u/${encodeURIComponent(unit.unitId)}/pay`,
    message: {
      key: `notify.${typeOf[stage]}`,
      params: {
        association: a.name,
        unit: unit.number,
        period: { period: debt.period },
        due: { day: debt.dueDate },
        amount: { money: debt.outstandingMinor, currency: a.currency },
      },
    },
    email: (person) => reminderMail(j, person),
  };
}

/**
 * One reminder to one owner, through the notification service: the inbox item always, the email
 * as the person chose (the formal notice always). Its delivery records are claimed before
 * anything goes out, so a rerun or a concurrent run never sends a second copy.
 */
async function remindOne(j: Job, personId: string): Promise<ReminderOutcome> {
  return notify(j.deps, reminderNotice(j), personId);
}

/** Owners and co-owners of each unit (from memberships). */
async function ownersByUnit(deps: AppDeps, associationId: string): Promise<Map<string, string[]>> {
  const members = await deps.table.queryAll<MembershipItem>(`A#${associationId}`, "MEMBER#");
  const out = new Map<string, string[]>();
  for (const m of members.filter((x) => x.roles.some((r) => r === "owner" || r === "coowner"))) {
    for (const u of m.units) out.set(u.unitId, [...(out.get(u.unitId) ?? []), m.personId]);
  }
  return out;
}

/** Reminders sent before the notification service (its old markers, no longer written), read once per run. */
async function sentMarkers(deps: AppDeps, associationId: string): Promise<Set<string>> {
  const items = await deps.table.queryAll(keys.reminderSent(associationId, "", "", "", "").pk);
  return new Set(items.map((i) => i.sk));
}

/** Sends the reminders due today in one association: only to owners of units that still owe. */
export async function remindAssociation(deps: AppDeps, a: AssociationProfile, at: Date): Promise<ReminderCount> {
  const count: ReminderCount = { sent: 0, digest: 0, alreadySent: 0, optedOut: 0, noEmail: 0 };
  const { settings } = await readReminderSettings(deps, a.associationId, a.country);
  if (!settings.enabled) return count;
  const today = todayIn(a.timezone, at);
  const [owners, sent] = await Promise.all([ownersByUnit(deps, a.associationId), sentMarkers(deps, a.associationId)]);
  for (const unit of await listUnits(deps, a.associationId)) {
    const people = owners.get(unit.unitId) ?? [];
    if (people.length === 0) continue;
    const items = await accountOpenItems(deps, a.associationId, unit.unitId).catch(() => undefined);
    for (const debt of debtsByPeriod(items?.debts ?? [])) {
      const stage = stageOn(settings, debt.dueDate, today);
      if (!stage) continue;
      for (const personId of people) {
        const sk = keys.reminderSent(a.associationId, unit.unitId, debt.period, stage, personId).sk;
        const outcome = sent.has(sk)
          ? "alreadySent"
          : await remindOne({ deps, a, settings, unit, debt, stage }, personId);
        count[outcome] += 1;
      }
    }
  }
  return count;
}
