import { createHash } from "node:crypto";
import { localMoney } from "../../billing/explain-text";
import { addDays } from "../../kernel/dates";
import { dayInWords, ratePercent } from "../../kernel/text-format";
import type { LedgerEntry } from "../../ledger/model/entry";
import { postEntries } from "../../ledger/post-entries";
import type { AppDeps } from "../../platform/deps";
import { translate } from "../../platform/i18n";
import type { AssociationProfile } from "../../registry/associations";
import { effectiveProfile } from "../../registry/profile";
import { listUnits } from "../../registry/units";
import { accountOpenItems } from "../account-items";
import type { DebtState } from "../model/open-items";
import { type PenaltyDecision, type PenaltyPolicy, penaltyForDay } from "../model/penalties";
import { readPenaltySettings } from "./settings";

/** The entry id of a debt's penalty for one day: `pen-<yyyymmdd>-<debtId>` (hashed when too long). */
export function penaltyEntryId(day: string, debtId: string): string {
  const id = `pen-${day.replaceAll("-", "")}-${debtId}`;
  return id.length <= 64
    ? id
    : `pen-${day.replaceAll("-", "")}-${createHash("sha256").update(debtId).digest("hex").slice(0, 24)}`;
}

/** What the job applies to an association, or why it skips it. */
export async function penaltyRuleOf(
  deps: AppDeps,
  a: AssociationProfile,
): Promise<{ policy: PenaltyPolicy; decision?: PenaltyDecision; number?: string } | undefined> {
  const policy = effectiveProfile(a).penalty;
  if (policy.kind === "none") return undefined;
  const settings = await readPenaltySettings(deps, a.associationId);
  if (!settings.enabled) return undefined;
  if (policy.requiresDecision && !settings.decision) return undefined;
  const d = settings.decision;
  return d ? { policy, decision: { adoptedOn: d.adoptedOn, dailyRate: d.dailyRate }, number: d.number } : { policy };
}

function entryFor(
  a: AssociationProfile,
  d: DebtState,
  day: string,
  rule: NonNullable<Awaited<ReturnType<typeof penaltyRuleOf>>>,
) {
  const p = penaltyForDay(
    { principalMinor: d.principalMinor, dueDate: d.dueDate, payments: d.paid },
    day,
    rule.policy,
    rule.decision,
  );
  if (p.amountMinor <= 0) return undefined;
  const entry: LedgerEntry = {
    entryId: penaltyEntryId(day, d.debtId),
    period: day.slice(0, 7),
    date: day,
    kind: "penalty",
    fund: "penalties",
    amountMinor: p.amountMinor,
    // Written once, in the association's language, as people read it (no ISO dates or raw fractions).
    description: translate(a.locale, "penalty.line", {
      day: dayInWords(day, a.locale),
      name: d.name,
      due: dayInWords(d.dueDate, a.locale),
      n: p.dayAfterDue,
      base: localMoney(p.baseMinor, a.currency, a.locale),
      rate: ratePercent(p.dailyRate, a.locale),
    }),
    explanation: {
      debtId: d.debtId,
      day,
      dayAfterDue: p.dayAfterDue,
      baseMinor: p.baseMinor,
      dailyRate: p.dailyRate,
      capped: p.capped,
      ...(rule.number ? { decision: { number: rule.number, date: rule.decision?.adoptedOn } } : {}),
    },
  };
  return entry;
}

/**
 * Books the penalties of `days` for every open debt of an association. Each (day, debt) has one
 * deterministic entry id and goes through `postEntries`, so a rerun, a concurrent run or a resumed
 * run books nothing twice. Penalties run on principal only (never on penalties).
 */
export async function bookPenalties(deps: AppDeps, a: AssociationProfile, days: readonly string[]) {
  const report = { units: 0, entries: 0 };
  const rule = await penaltyRuleOf(deps, a);
  if (!rule) return report;
  for (const u of await listUnits(deps, a.associationId)) {
    const items = await accountOpenItems(deps, a.associationId, u.unitId).catch(() => undefined);
    const open = (items?.debts ?? []).filter((d) => d.principalMinor > 0 && d.dueDate < (days.at(-1) ?? ""));
    const entries = days.flatMap((day) => open.flatMap((d) => entryFor(a, d, day, rule) ?? []));
    for (let i = 0; i < entries.length; i += 90) {
      const out = await postEntries(deps, a.associationId, u.unitId, entries.slice(i, i + 90));
      report.entries += out.posted.length;
    }
    if (entries.length > 0) report.units += 1;
  }
  return report;
}

/** The last `n` days up to `today`, oldest first (the job catches up a missed run). */
export function lastDays(today: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => addDays(today, i - n + 1));
}
