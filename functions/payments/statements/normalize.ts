import { DomainError } from "../../billing/model/errors";
import { parseDecimalToMinor } from "../../billing/model/money";
import type { Currency } from "../../platform/model/schemas";
import { stableId } from "../model/payment-entries";
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
 * Validates every line (currency, precision) before anything is written, and gives each a
 * deterministic id: from the bank's transaction id when it has one, else from the line's
 * content and its occurrence among identical lines, so the same transaction imported again —
 * in the same file or an overlapping one — gets the same id.
 */
export function normalizeStatement(associationId: string, s: ParsedStatement, currency: Currency): StatementLine[] {
  if (s.lines.length === 0) throw new DomainError("statement.empty");
  const seen = new Map<string, number>();
  return s.lines.map((l) => {
    const amountMinor = amountOf(l, currency);
    const content = [l.bookingDate, String(amountMinor), l.reference, l.name].join("|");
    const n = (seen.get(content) ?? 0) + 1;
    seen.set(content, n);
    const lineId = l.bankTxId
      ? stableId("t", associationId, s.account ?? "", l.bankTxId)
      : stableId("h", associationId, s.account ?? "", content, String(n));
    return {
      lineId,
      line: l.line,
      ...(l.bankTxId ? { bankTxId: l.bankTxId } : {}),
      bookingDate: l.bookingDate,
      amountMinor,
      reference: l.reference,
      name: l.name,
      ...(l.counterpartyAccount ? { counterpartyAccount: l.counterpartyAccount } : {}),
    };
  });
}
