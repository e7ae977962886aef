import { DomainError } from "../../kernel/errors";
import { parseDecimalToMinor } from "../../kernel/money";
import type { Currency } from "../../platform/model/schemas";
import { stableId } from "../model/payment-entries";
import { canonicalOwnAccount } from "./own-account";
import type { ParsedStatement, RawStatementLine } from "./types";

/** A validated statement line: amount in minor units (signed: debits negative) and a stable id. */
export interface StatementLine {
  lineId: string;
  line: number;
  bankTxId?: string;
  bookingDate: string;
  amountMinor: number;
  reference: string;
  name: string;
  counterpartyAccount?: string;
}

function amountOf(l: RawStatementLine, currency: Currency): number {
  if (l.currency !== currency) {
    throw new DomainError("statement.wrong_currency", { line: l.line, currency: l.currency, expected: currency });
  }
  try {
    const minor = parseDecimalToMinor(l.amountText, currency, "amount");
    if (minor <= 0) throw new Error("not positive");
    return l.direction === "credit" ? minor : -minor;
  } catch {
    throw new DomainError("statement.bad_amount", { line: l.line, amount: l.amountText, currency });
  }
}

/**
 * The text of a transfer as a fingerprint sees it: the remittance text and the payer's name as
 * one string, without diacritics, spaces or punctuation, upper case. MT940 without subfields
 * writes both into `:86:` with its own line breaks where camt.053 has `Ustrd` and `Dbtr/Nm`, and
 * banks wrap long texts at different widths; all of these read the same here.
 */
export function fingerprintText(reference: string, name: string): string {
  return `${reference}${name}`
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/**
 * Validates every line (currency, precision) before anything is written, and gives each a
 * deterministic id, so the same transaction gets the same id whichever file or format brings it
 * again: from the association's own account (one spelling, see `canonicalOwnAccount`) and the
 * bank's reference when the line has one; else from a fingerprint — own account, booking date,
 * amount, currency and the transfer's text — and its occurrence among identical lines of the
 * file. The payer's account is left out of the fingerprint: MT940 without subfields does not
 * carry it, and the payer's name, which it does carry, is in the text.
 */
export function normalizeStatement(
  associationId: string,
  s: ParsedStatement,
  currency: Currency,
  ownAccounts: readonly string[],
): StatementLine[] {
  if (s.lines.length === 0) throw new DomainError("statement.empty");
  const seen = new Map<string, number>();
  return s.lines.map((l) => {
    const amountMinor = amountOf(l, currency);
    const own = canonicalOwnAccount(l.account ?? s.account, ownAccounts);
    const bankRef = l.bankTxId?.trim();
    const content = [own, l.bookingDate, String(amountMinor), currency, fingerprintText(l.reference, l.name)].join("|");
    const n = (seen.get(content) ?? 0) + 1;
    seen.set(content, n);
    const lineId = bankRef
      ? stableId("t", associationId, own, bankRef)
      : stableId("f", associationId, content, String(n));
    return {
      lineId,
      line: l.line,
      ...(bankRef ? { bankTxId: bankRef } : {}),
      bookingDate: l.bookingDate,
      amountMinor,
      reference: l.reference,
      name: l.name,
      ...(l.counterpartyAccount ? { counterpartyAccount: l.counterpartyAccount } : {}),
    };
  });
}
