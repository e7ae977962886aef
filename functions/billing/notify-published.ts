import type { MembershipItem } from "../identity/memberships";
import type { PersonView } from "../identity/persons";
import { formatParams } from "../notifications/model/params";
import { type Notice, type NoticeOutcome, notify } from "../notifications/notify";
import type { AppDeps } from "../platform/deps";
import { translate } from "../platform/i18n";
import { mapConcurrent } from "../platform/model/concurrency";
import type { AssociationProfile } from "../registry/associations";
import { listUnits, type Unit } from "../registry/units";
import { localMoney } from "./explain-text";
import { postedLines } from "./posted";
import { readRun } from "./run-store";
import "./notify-published-messages";

// Owners notified at once: each is a few small reads and writes and at most one email.
const notifyConcurrency = 8;

interface Bill {
  unit: Unit;
  totalMinor: number;
  dueDate: string;
}

function publishedNotice(deps: AppDeps, a: AssociationProfile, period: string, bill: Bill): Notice {
  const { unit, totalMinor, dueDate } = bill;
  const link = `/a/${encodeURIComponent(a.associationId)}/u/${encodeURIComponent(unit.unitId)}/charges?period=${period}`;
  const message = {
    key: "notify.billing.month_published",
    params: {
      association: a.name,
      unit: unit.number,
      period: { period },
      due: { day: dueDate },
      amount: { money: totalMinor, currency: a.currency },
    },
  };
  const email = (person: PersonView) => {
    const locale = person.locale;
    // Dates in words as in the inbox; the amount as the bill writes it ("94,94 lei").
    const params = {
      ...formatParams(message.params, locale),
      amount: localMoney(totalMinor, a.currency, locale),
      link: `${deps.config.appUrl}${link}`,
    };
    return {
      subject: translate(locale, "billing.mail.published.subject", params),
      text: translate(locale, "billing.mail.published.text", params),
    };
  };
  return {
    type: "billing.month_published",
    associationId: a.associationId,
    subject: `${period}/${unit.unitId}`,
    link,
    message,
    email,
  };
}

/** Each unit's total of the period's posted charges, read back from the ledger. */
async function billsOf(deps: AppDeps, a: AssociationProfile, period: string, dueDate: string): Promise<Bill[]> {
  const units = await listUnits(deps, a.associationId);
  const { lines } = await postedLines(deps, a.associationId, period, units);
  const totals = new Map<string, number>();
  for (const l of lines) totals.set(l.unitId, (totals.get(l.unitId) ?? 0) + l.amountMinor);
  return units
    .filter((u) => totals.has(u.unitId))
    .map((unit) => ({ unit, totalMinor: totals.get(unit.unitId) ?? 0, dueDate }));
}

/**
 * "New monthly charges": after a period is published, every owner and co-owner of a billed unit
 * gets the amount and a link to the bill, in their inbox and (as they choose) by email. The
 * notification service keeps it to once per (period, unit, person), so a repeated or resumed
 * publish, or a second call, sends nothing twice. Does nothing while the period is not published.
 */
export async function notifyMonthPublished(deps: AppDeps, a: AssociationProfile, period: string) {
  const count: Record<NoticeOutcome, number> = { sent: 0, digest: 0, optedOut: 0, alreadySent: 0, noEmail: 0 };
  const run = await readRun(deps, a.associationId, period, true);
  if (run?.status !== "published" || !run.dueDate) return count;
  const members = await deps.table.queryAll<MembershipItem>(`A#${a.associationId}`, "MEMBER#");
  const owners = members.filter((m) => m.roles.some((r) => r === "owner" || r === "coowner"));
  const jobs = (await billsOf(deps, a, period, run.dueDate)).flatMap((bill) =>
    owners
      .filter((m) => m.units.some((u) => u.unitId === bill.unit.unitId))
      .map((m) => ({ notice: publishedNotice(deps, a, period, bill), personId: m.personId })),
  );
  const outcomes = await mapConcurrent(jobs, notifyConcurrency, (j) => notify(deps, j.notice, j.personId));
  for (const o of outcomes) count[o] += 1;
  return count;
}
