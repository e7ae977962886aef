import { billingDailyJob } from "../billing/job";
// Reminder emails use identity's texts (greeting, footer, preference links).
import "../identity/messages";
import type { JobName } from "../kernel/schedules";
import { metersEstimatesJob, metersRemindersJob } from "../meters/jobs";
import { notificationsDigestJob } from "../notifications/digest-job";
import { penaltiesJob } from "../payments/penalties/job";
import { paymentRemindersJob } from "../payments/reminders/job";
import type { AssociationJob } from "./per-association";

/**
 * Every scheduled job's per-association work, imported by name (no registration by side effect:
 * a bundle that lists a job carries its code and its messages).
 */
export const allJobs: readonly AssociationJob[] = [
  billingDailyJob,
  metersRemindersJob,
  metersEstimatesJob,
  penaltiesJob,
  paymentRemindersJob,
  notificationsDigestJob,
];

export function jobFor(name: JobName): AssociationJob | undefined {
  return allJobs.find((j) => j.name === name);
}
