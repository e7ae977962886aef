import type { Profile, ProfilePatch } from "../../lib/api";

export type Bank = Profile["bankAccounts"][number];
/** The due-date rule: the country's default, N days after posting, or a day of the same or next month. */
export type DueChoice = "default" | "days_after_posting" | "day_of_month";

/** The profile as the form edits it: numbers as typed, every due-rule variant's fields kept while switching. */
export interface ProfileDraft {
  name: string;
  legalName: string;
  fiscalCode: string;
  address: string;
  locale: Profile["locale"];
  timezone: string;
  banks: Bank[];
  billingDay: string;
  dueDays: string;
  due: DueChoice;
  dueRuleDays: string;
  dueRuleDay: string;
  dueRuleOffset: string;
  boardSeesAccounts: boolean;
}

/** Sets one field of the draft. */
export type SetDraftField = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) => void;

export function profileDraftOf(p: Profile): ProfileDraft {
  return {
    name: p.name,
    legalName: p.legalName,
    fiscalCode: p.fiscalCode,
    address: p.address,
    locale: p.locale,
    timezone: p.timezone,
    banks: p.bankAccounts.map((b) => ({ ...b })),
    billingDay: String(p.billingDay),
    dueDays: String(p.dueDays),
    due: p.dueRule?.kind ?? "default",
    dueRuleDays: p.dueRule?.kind === "days_after_posting" ? String(p.dueRule.days) : String(p.dueDays),
    dueRuleDay: p.dueRule?.kind === "day_of_month" ? String(p.dueRule.day) : "25",
    dueRuleOffset: p.dueRule?.kind === "day_of_month" ? String(p.dueRule.monthOffset) : "0",
    boardSeesAccounts: p.boardSeesAccounts,
  };
}

export function profilePatchOf(d: ProfileDraft): ProfilePatch {
  const dueRule: ProfilePatch["dueRule"] =
    d.due === "days_after_posting"
      ? { kind: "days_after_posting", days: Number(d.dueRuleDays) }
      : d.due === "day_of_month"
        ? { kind: "day_of_month", day: Number(d.dueRuleDay), monthOffset: Number(d.dueRuleOffset) }
        : undefined;
  return {
    name: d.name.trim(),
    legalName: d.legalName.trim(),
    fiscalCode: d.fiscalCode.trim(),
    address: d.address.trim(),
    locale: d.locale,
    timezone: d.timezone.trim(),
    bankAccounts: d.banks.map((b) => ({
      iban: b.iban.replace(/\s+/g, ""),
      bankName: b.bankName.trim(),
      ...(b.bic ? { bic: b.bic.trim() } : {}),
      ...(b.correspAccount ? { correspAccount: b.correspAccount.trim() } : {}),
    })),
    billingDay: Number(d.billingDay),
    dueDays: Number(d.dueDays),
    ...(dueRule ? { dueRule } : {}),
    boardSeesAccounts: d.boardSeesAccounts,
  };
}
