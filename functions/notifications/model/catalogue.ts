/**
 * Every kind of message Domus sends to a person, as data. A domain that wants to tell people
 * something adds its type here: which channels it may use and which are on by default, whether a
 * person may switch it off (legal notices may not), and how its email goes out. Pure data.
 *
 * `informational` types share an hourly allowance per person (see model/limits.ts); over it their
 * email waits for the daily digest. `digest` types always wait for the digest.
 */
export const channels = ["inbox", "email"] as const;
export type Channel = (typeof channels)[number];

interface TypeSpec {
  /** Channels the type may use; the others are never offered. */
  readonly channels: readonly Channel[];
  /** Channels on until the person says otherwise. */
  readonly defaults: readonly Channel[];
  /** True for legal notices: every allowed channel is always on. */
  readonly mandatory: boolean;
  /** `immediate`: sent now (within the hourly allowance when informational); `digest`: in the daily digest. */
  readonly email: "immediate" | "digest";
  readonly informational: boolean;
}

export const catalogue = {
  "billing.month_published": {
    channels: ["inbox", "email"],
    defaults: ["inbox", "email"],
    mandatory: false,
    email: "immediate",
    informational: true,
  },
  "meters.window_open": {
    channels: ["inbox", "email"],
    defaults: ["inbox", "email"],
    mandatory: false,
    email: "immediate",
    informational: true,
  },
  "meters.window_closing": {
    channels: ["inbox", "email"],
    defaults: ["inbox", "email"],
    mandatory: false,
    email: "immediate",
    informational: true,
  },
  "payments.reminder_before": {
    channels: ["inbox", "email"],
    defaults: ["inbox", "email"],
    mandatory: false,
    email: "immediate",
    informational: true,
  },
  "payments.reminder_first": {
    channels: ["inbox", "email"],
    defaults: ["inbox", "email"],
    mandatory: false,
    email: "immediate",
    informational: false,
  },
  "payments.reminder_second": {
    channels: ["inbox", "email"],
    defaults: ["inbox", "email"],
    mandatory: false,
    email: "immediate",
    informational: false,
  },
  "payments.formal_notice": {
    channels: ["inbox", "email"],
    defaults: ["inbox", "email"],
    mandatory: true,
    email: "immediate",
    informational: false,
  },
} as const satisfies Record<string, TypeSpec>;

export type NotificationType = keyof typeof catalogue;
export const notificationTypes = Object.keys(catalogue) as [NotificationType, ...NotificationType[]];

export function specOf(type: NotificationType): TypeSpec {
  return catalogue[type];
}

/** The digest email itself: one per person and day, never limited and never switched off. */
export const digestType = "notifications.digest";
