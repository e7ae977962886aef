import { DomainError } from "../../kernel/errors";
import type { StatedAccount } from "./own-account";

/** One transaction of a bank statement as read from the file, amounts still as text. */
export interface RawStatementLine {
  /** 1-based line of the file where the transaction starts (for error messages). */
  line: number;
  /** The bank's own id of the transaction, when the format carries one. */
  bankTxId?: string;
  bookingDate: string;
  /** Unsigned decimal text as the bank wrote it ("1250.00", "1250,00"). */
  amountText: string;
  currency: string;
  direction: "credit" | "debit";
  reference: string;
  name: string;
  counterpartyAccount?: string;
  /** The association's account the line's statement is for, as the file wrote it (a file may hold several). */
  account?: string;
}

export interface ParsedStatement {
  /** The association's account the statement is for (IBAN or number), when stated. */
  account?: string;
  /** Every place the file names the account it is for (checked against the association's). */
  statedAccounts?: StatedAccount[];
  lines: RawStatementLine[];
}

/** A malformed statement: the code `statement.malformed` names the line and the reason. */
export function malformed(line: number, reason: string): DomainError {
  return new DomainError("statement.malformed", { line, reason });
}

/** `YYMMDD` → `YYYY-MM-DD` (years 00–79 are 20xx, as banks write them). */
export function shortDate(yymmdd: string, line: number): string {
  if (!/^\d{6}$/.test(yymmdd)) throw malformed(line, `bad date ${yymmdd}`);
  const yy = Number(yymmdd.slice(0, 2));
  return `${yy < 80 ? 2000 + yy : 1900 + yy}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
}
