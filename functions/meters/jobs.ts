import type { AssociationJob, JobCounts } from "../kernel/jobs";
import type { AssociationProfile } from "../registry/associations";
import { contextOf } from "./calendar";
import { estimatePeriod } from "./estimates";
import { estimatesDue } from "./model/window";
import { remindAssociation } from "./reminders";
import "./messages";

/** meters.reminders: on the window's first day and two days before it closes, owners who have not submitted get one notice (inbox and, as they choose, email). */
export const metersRemindersJob: AssociationJob<AssociationProfile> = {
  name: "meters.reminders",
  counts: ["sent", "digest", "alreadySent", "optedOut"],
  async runFor(deps, a, at) {
    const { sent, digest, alreadySent, optedOut } = await remindAssociation(deps, a, at);
    return { sent, digest, alreadySent, optedOut };
  },
};

/** meters.estimates: after the window closes, every missing reading of the month is estimated (idempotent). */
export const metersEstimatesJob: AssociationJob<AssociationProfile> = {
  name: "meters.estimates",
  counts: ["due", "estimated"],
  async runFor(deps, a, at): Promise<JobCounts> {
    const mc = await contextOf(deps, a, at);
    if (!estimatesDue(mc.rule, mc.today)) return { due: 0 };
    return { due: 1, estimated: (await estimatePeriod(deps, mc, mc.window.period)).estimated };
  },
};
