import { DomainError } from "../../kernel/errors";

/** Where a statement names the account it is for, so a refusal can point at it. */
export interface StatedAccount {
  /** As the file wrote it. */
  account: string;
  /** 1-based line of the file. */
  line: number;
  /** The field that holds it: `:25:`, `Stmt/Acct/Id/IBAN`, a CSV column name. */
  field: string;
}

/** No spaces, dashes or dots; upper case — how accounts are compared. */
export function compactAccount(value: string): string {
  return value.replace(/[\s\u00A0.-]/g, "").toUpperCase();
}

/**
 * The forms under which a bank may write one of the association's stored accounts (IBANs, for
 * Russia the 20-digit settlement account): the IBAN itself, the Polish NRB (the IBAN without
 * "PL") and the BBAN (bank code and account, without country and check digits).
 */
export function ownAccountForms(stored: string): string[] {
  const iban = compactAccount(stored);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return [iban];
  const nrb = iban.startsWith("PL") ? [iban.slice(2)] : [];
  return [iban, ...nrb, iban.slice(4)];
}

/**
 * The readings of what a statement wrote: MT940 `:25:` may carry a leading slash, a bank code
 * before a slash ("BIC/IBAN", "10901014/0000071219812874") or the currency after the account
 * ("NL12RABO0123456789EUR"). Each plausible reading is tried; none is guessed beyond these.
 */
export function statedAccountForms(value: string): string[] {
  const parts = compactAccount(value).split("/").filter(Boolean);
  const whole = parts.join("");
  const last = parts.at(-1) ?? "";
  const forms = new Set([whole, last]);
  for (const f of [whole, last]) if (/^[A-Z0-9]{10,}[A-Z]{3}$/.test(f)) forms.add(f.slice(0, -3));
  forms.delete("");
  return [...forms];
}

/** True when the stated account is one of the stored ones, in any of their usual forms. */
export function isOwnAccount(stated: string, stored: readonly string[]): boolean {
  const own = new Set(stored.flatMap(ownAccountForms));
  return statedAccountForms(stated).some((f) => own.has(f));
}

/**
 * The one spelling of the association's account a statement line is for: the stored account the
 * stated one is (compact), whatever form the file wrote it in ("RO49 AAAA…", "BTRLRO22/RO49…",
 * an NRB). A file that names no account (a CSV export without an account column) is of the
 * account statements are imported into: the first, the one owners are told to pay into.
 * Line ids are made from it, so the same transaction gets the same id from any format.
 */
export function canonicalOwnAccount(stated: string | undefined, stored: readonly string[]): string {
  const forms = stated?.trim() ? statedAccountForms(stated) : [];
  if (forms.length === 0) return compactAccount(stored[0] ?? "");
  const match = stored.find((s) => ownAccountForms(s).some((f) => forms.includes(f)));
  // Unreachable after assertOwnAccounts; the compact text keeps ids stable if it ever happens.
  return compactAccount(match ?? stated ?? "");
}

/**
 * Refuses a statement of another account before anything is written: every account the file
 * names (a file may hold several statements) must be one of the association's. A file that
 * names none (most CSV exports) is not checked. Throws `statement.foreign_account` naming the
 * field and its line.
 */
export function assertOwnAccounts(stated: readonly StatedAccount[], stored: readonly string[]): void {
  const foreign = stated.find((s) => !isOwnAccount(s.account, stored));
  if (foreign) {
    // `where`, not `field`: the place in the file, not a request field the form could point at.
    throw new DomainError("statement.foreign_account", {
      line: foreign.line,
      where: foreign.field,
      account: foreign.account.trim().slice(0, 40),
    });
  }
}
