import { billingDailyJob } from "../billing/job";
// Reminder emails use identity's texts (greeting, footer, preference links).
import "../identity/messages";
import type { AssociationJob } from "../kernel/jobs";
import type { JobName } from "../kernel/schedules";
import { metersEstimatesJob, metersRemindersJob } from "../meters/jobs";
import { notificationsDigestJob } from "../notifications/digest-job";
import { penaltiesJob } from "../payments/penalties/job";
import { paymentRemindersJob } from "../payments/reminders/job";
import type { AssociationProfile } from "../registry/associations";
import { everyAssociation } from "./registry";

/**
 * Every scheduled job's per-association work, imported by name (no registration by side effect:
 * a bundle that lists a job carries its code and its messages).
 */
export const allJobs: readonly AssociationJob<AssociationProfile>[] = [
  billingDailyJob,
  metersRemindersJob,
  metersEstimatesJob,
  penaltiesJob,
  paymentRemindersJob,
  notificationsDigestJob,
];

export function jobFor(name: JobName): AssociationJob<AssociationProfile> | undefined {
  return allJobs.find((j) => j.name === name);
}

/** Each job over every association in this process (tests, scripts and the bench call these). */
export const billingDaily = everyAssociation(billingDailyJob);
export const metersReminders = everyAssociation(metersRemindersJob);
export const metersEstimates = everyAssociation(metersEstimatesJob);
export const penaltiesDaily = everyAssociation(penaltiesJob);
export const paymentReminders = everyAssociation(paymentRemindersJob);
export const notificationsDigest = everyAssociation(notificationsDigestJob);
