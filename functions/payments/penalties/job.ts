import { todayIn } from "../../billing/load-inputs";
import type { AssociationJob } from "../../kernel/jobs";
import type { AssociationProfile } from "../../registry/associations";
import { bookPenalties, lastDays } from "./daily";
import "../messages";

/** Days a run looks back, so a missed run is caught up (each day is booked once anyway). */
const catchUpDays = 3;

/**
 * payments.penalties: books the day's penalties of an association by its country profile (and,
 * where the law requires it, the recorded assembly decision).
 */
export const penaltiesJob: AssociationJob<AssociationProfile> = {
  name: "payments.penalties",
  counts: ["units", "entries"],
  async runFor(deps, a, at) {
    const out = await bookPenalties(deps, a, lastDays(todayIn(a.timezone, at), catchUpDays));
    return { units: out.units, entries: out.entries };
  },
};
