import { stableId } from "../model/payment-entries";
import type { ParsedStatement } from "./types";

/**
 * The ids lines were stored under before line ids named the association's account in one
 * spelling: the account text as the file wrote it, and for lines without the bank's reference
 * the date, amount, reference and name as written. An import looks these up too, so a statement
 * imported before that change and again after it is not credited twice. `amounts` are the lines'
 * signed minor amounts, in the order of `s.lines`.
 */
export function legacyLineIds(associationId: string, s: ParsedStatement, amounts: readonly number[]): string[] {
  const seen = new Map<string, number>();
  return s.lines.map((l, i) => {
    const content = [l.bookingDate, String(amounts[i]), l.reference, l.name].join("|");
    const n = (seen.get(content) ?? 0) + 1;
    seen.set(content, n);
    return l.bankTxId
      ? stableId("t", associationId, s.account ?? "", l.bankTxId)
      : stableId("h", associationId, s.account ?? "", content, String(n));
  });
}
