import type { AssociationJob } from "../../jobs/per-association";
import { everyAssociation } from "../../jobs/registry";
import { remindAssociation } from "./send";

/**
 * payments.reminders: before and after each debt's due date, the owners and co-owners of units
 * that still owe get one notice per stage (first, second reminder, formal notice) in their inbox
 * and, as they choose, by email (the formal notice always).
 */
export const paymentRemindersJob: AssociationJob = {
  name: "payments.reminders",
  counts: ["sent", "digest", "alreadySent", "optedOut", "noEmail"],
  async runFor(deps, a, at) {
    const { sent, digest, alreadySent, optedOut, noEmail } = await remindAssociation(deps, a, at);
    return { sent, digest, alreadySent, optedOut, noEmail };
  },
};

export const paymentReminders = everyAssociation(paymentRemindersJob);
