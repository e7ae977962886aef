import type { Explanation } from "../../kernel/explanation";
import type { LedgerEntry } from "../../ledger/model/entry";
import type { BillLine, ChargeFund, Decision, LineSource } from "../compute/types";

/**
 * Whether an entry is one of the charges a period's publish posted (`chg-<period>-…`): not an
 * adjustment made later (those are their own entries), a payment or a penalty.
 */
export function isPublishedCharge(entry: LedgerEntry, period: string): boolean {
  return entry.kind === "charge" && entry.period === period && entry.entryId.startsWith(`chg-${period}-`);
}

/**
 * The bill line a posted charge was published from. Publishing seals the line's explanation in
 * the entry together with its source (the rule version or invoice), decision and due date, so the
 * line read back is the one computed then, whatever the rules say today.
 */
export function lineOfEntry(unitId: string, entry: LedgerEntry): BillLine {
  const { source, decision, dueDate: _due, ...explanation } = entry.explanation ?? {};
  return {
    unitId,
    entryId: entry.entryId,
    name: entry.description,
    fund: entry.fund as ChargeFund,
    amountMinor: entry.amountMinor,
    source: source as LineSource,
    explanation: explanation as unknown as Explanation,
    ...(decision ? { decision: decision as Decision } : {}),
  };
}

/** Lines in the order computing them gives: by unit id, then entry id. */
export function byUnitThenEntry(a: BillLine, b: BillLine): number {
  return a.unitId === b.unitId ? a.entryId.localeCompare(b.entryId) : a.unitId.localeCompare(b.unitId);
}
