/**
 * Every scheduled job, defined once. CDK renders each into an EventBridge Scheduler schedule and
 * the local runtime renders the same list into croner jobs, so the two homes never drift apart.
 * Pure data: no AWS SDK and no environment reads.
 */
export const jobNames = [
  "billing.daily",
  "meters.reminders",
  "meters.estimates",
  "payments.penalties",
  "payments.reminders",
  "notifications.digest",
] as const;

export type JobName = (typeof jobNames)[number];

export interface CronFields {
  minute: string;
  hour: string;
  /** Day of month, e.g. "*" or "1". */
  dayOfMonth: string;
  month: string;
  /** Day of week, e.g. "*" or "MON". Never set together with dayOfMonth (EventBridge forbids it). */
  dayOfWeek: string;
}

export interface ScheduleDefinition {
  /** Stable id, also the EventBridge schedule name suffix. */
  id: string;
  job: JobName;
  description: string;
  cron: CronFields;
  /** IANA zone the cron is read in. Jobs themselves work per association in its own zone. */
  timezone: string;
}

export const schedules: readonly ScheduleDefinition[] = [
  {
    id: "billing-daily",
    job: "billing.daily",
    description: "Drafts the monthly payment list of every association whose billing day is today",
    cron: { minute: "0", hour: "2", dayOfMonth: "*", month: "*", dayOfWeek: "*" },
    timezone: "Europe/Bucharest",
  },
  {
    id: "meters-reminders",
    job: "meters.reminders",
    description: "Reminds owners who have not entered readings when the window opens and two days before it closes",
    cron: { minute: "0", hour: "8", dayOfMonth: "*", month: "*", dayOfWeek: "*" },
    timezone: "Europe/Bucharest",
  },
  {
    id: "meters-estimates",
    job: "meters.estimates",
    description: "Estimates the missing meter readings of every association whose reading window has closed",
    cron: { minute: "30", hour: "0", dayOfMonth: "*", month: "*", dayOfWeek: "*" },
    timezone: "Europe/Bucharest",
  },
  {
    id: "payments-penalties",
    job: "payments.penalties",
    description: "Computes the day's penalties by each association's country profile",
    cron: { minute: "30", hour: "3", dayOfMonth: "*", month: "*", dayOfWeek: "*" },
    timezone: "Europe/Bucharest",
  },
  {
    id: "payments-reminders",
    job: "payments.reminders",
    description: "Sends payment reminders before and after due dates",
    cron: { minute: "0", hour: "9", dayOfMonth: "*", month: "*", dayOfWeek: "*" },
    timezone: "Europe/Bucharest",
  },
  {
    id: "notifications-digest",
    job: "notifications.digest",
    description: "Sends each person one email with the notifications that waited over their hourly allowance",
    cron: { minute: "0", hour: "18", dayOfMonth: "*", month: "*", dayOfWeek: "*" },
    timezone: "Europe/Bucharest",
  },
];

/** Five-field pattern for croner (local scheduler). */
export function toCronerPattern(cron: CronFields): string {
  return [cron.minute, cron.hour, cron.dayOfMonth, cron.month, cron.dayOfWeek].join(" ");
}

/**
 * EventBridge Scheduler expression: six fields with a year, and exactly one of day-of-month and
 * day-of-week must be "?".
 */
export function toEventBridgeExpression(cron: CronFields): string {
  const dayOfWeek = cron.dayOfWeek === "*" ? "?" : cron.dayOfWeek;
  const dayOfMonth = dayOfWeek === "?" ? cron.dayOfMonth : "?";
  return `cron(${cron.minute} ${cron.hour} ${dayOfMonth} ${cron.month} ${dayOfWeek} *)`;
}
