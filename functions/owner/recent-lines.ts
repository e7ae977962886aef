import type { LedgerEntry } from "../ledger/model/entry";
import type { Locale } from "../platform/model/schemas";
import { entryName, recentPenaltiesText } from "./line-text";
import { mergeRecentPenalties } from "./model/recent-rows";

/** The home page's latest entries in the reader's language, a month's penalties as one line. */
export function recentLines(recent: readonly LedgerEntry[], locale: Locale) {
  return mergeRecentPenalties(recent).map((row) => {
    if (row.kind === "entry") {
      const e = row.entry;
      const { entryId, date, period, kind, fund, amountMinor } = e;
      return { entryId, date, period, kind, fund, description: entryName(e, locale), amountMinor };
    }
    const m = row.merged;
    return {
      entryId: `pens-${m.period}`,
      date: m.to,
      period: m.period,
      kind: "penalty" as const,
      fund: "penalties" as const,
      description: recentPenaltiesText(m.from, m.to, m.days, locale),
      amountMinor: m.amountMinor,
    };
  });
}
