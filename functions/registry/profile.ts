import { isValidIban, isValidNrb, normalizeIban } from "../kernel/accounts/iban";
import { isValidRuAccount, isValidRuCorrespAccount } from "../kernel/accounts/ru-accounts";
import type { FieldError } from "../kernel/errors";
import type { AssociationProfile } from "./associations";
import { applyOverride, type CountryProfile, profileFor, validateOverride } from "./model/country-profiles";
import { isTimeZone } from "./model/time-zone";

/** The association's effective country profile: the law's defaults with its own due-date rule. */
export function effectiveProfile(a: AssociationProfile): CountryProfile {
  return a.dueRule ? applyOverride(profileFor(a.country), { dueDate: a.dueRule }) : profileFor(a.country);
}

type Bank = AssociationProfile["bankAccounts"][number];

/** PL accounts may be typed as a 26-digit NRB; they are stored as the IBAN. */
export function normalizeAccount(country: AssociationProfile["country"], bank: Bank): Bank {
  if (country === "RU") return bank;
  const raw = normalizeIban(bank.iban);
  const iban = /^\d{26}$/.test(raw) && isValidNrb(raw) ? `PL${raw}` : raw;
  return { ...bank, iban };
}

function bankIssues(country: AssociationProfile["country"], bank: Bank, i: number): FieldError[] {
  const path = `bankAccounts.${i}`;
  if (country === "RU") {
    // Russian receipts need the 20-digit settlement account checked against the bank's BIC.
    const bic = bank.bic ?? "";
    const out: FieldError[] = [];
    if (!isValidRuAccount(bic, bank.iban)) out.push({ path: `${path}.iban`, code: "registry.invalid_account" });
    if (!isValidRuCorrespAccount(bic, bank.correspAccount ?? "")) {
      out.push({ path: `${path}.correspAccount`, code: "registry.invalid_account" });
    }
    return out;
  }
  return isValidIban(bank.iban) ? [] : [{ path: `${path}.iban`, code: "registry.invalid_iban" }];
}

/** Every problem of a profile: time zone, bank accounts, billing day and the due-date rule against the law's limits. */
export function profileIssues(p: AssociationProfile): FieldError[] {
  const out = p.bankAccounts.flatMap((b, i) => bankIssues(p.country, b, i));
  // Every local date (posting, due, reading window, penalties) is computed in this zone.
  if (!isTimeZone(p.timezone)) out.unshift({ path: "timezone", code: "registry.invalid_timezone" });
  if (!Number.isSafeInteger(p.billingDay) || p.billingDay < 1 || p.billingDay > 28) {
    out.push({ path: "billingDay", code: "registry.out_of_range", params: { min: 1, max: 28 } });
  }
  if (p.dueRule) {
    out.push(
      ...validateOverride(profileFor(p.country), { dueDate: p.dueRule }).map((e) => ({
        ...e,
        path: e.path.replace("dueDate", "dueRule"),
      })),
    );
  }
  const max = profileFor(p.country).limits.maxDueDaysAfterPosting;
  if (max !== undefined && p.dueDays > max) {
    out.push({ path: "dueDays", code: "registry.due_days_above_legal_max", params: { max, value: p.dueDays } });
  }
  return out;
}
