import type { AssociationJob } from "../../kernel/jobs";
import type { AssociationProfile } from "../../registry/associations";
import { remindAssociation } from "./send";

/**
 * payments.reminders: before and after each debt's due date, the owners and co-owners of units
 * that still owe get one notice per stage (first, second reminder, formal notice) in their inbox
 * and, as they choose, by email (the formal notice always).
 */
export const paymentRemindersJob: AssociationJob<AssociationProfile> = {
  name: "payments.reminders",
  counts: ["sent", "digest", "alreadySent", "optedOut", "noEmail"],
  async runFor(deps, a, at) {
    const { sent, digest, alreadySent, optedOut, noEmail } = await remindAssociation(deps, a, at);
    return { sent, digest, alreadySent, optedOut, noEmail };
  },
};
