import type { AssociationJob } from "../../jobs/per-association";
import { everyAssociation } from "../../jobs/registry";
import { remindAssociation } from "./send";

/**
 * payments.reminders: before and after each debt's due date, the owners and co-owners of units
 * that still owe get one email per stage (first, second reminder, formal notice) and an in-app
 * notification.
 */
export const paymentRemindersJob: AssociationJob = {
  name: "payments.reminders",
  counts: ["sent", "alreadySent", "optedOut", "noEmail"],
  async runFor(deps, a, at) {
    const { sent, alreadySent, optedOut, noEmail } = await remindAssociation(deps, a, at);
    return { sent, alreadySent, optedOut, noEmail };
  },
};

export const paymentReminders = everyAssociation(paymentRemindersJob);
