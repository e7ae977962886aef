import type { ItemKey } from "../platform/keys";

/**
 * Items of the notification service (listed in docs/notifications.md). A person's inbox and
 * choices live under the person (`P#…`), like their sessions; delivery records under their id;
 * the digest queue under the association whose job sends it.
 */
export const notifyKeys = {
  /** One inbox item; the sort key starts with the time, so a query reads newest first. */
  inboxItem: (personId: string, notificationId: string): ItemKey => ({
    pk: `P#${personId}#INBOX`,
    sk: `N#${notificationId}`,
  }),
  /** The count of unread items, kept in the same transactions that change it. */
  unread: (personId: string): ItemKey => ({ pk: `P#${personId}#INBOX`, sk: "UNREAD" }),
  /** The person's choices per type and channel. */
  choices: (personId: string): ItemKey => ({ pk: `P#${personId}`, sk: "NOTIFY#CHOICES" }),
  /** The delivery record of one notification on one channel (the once-only claim). */
  delivery: (deliveryId: string, channel: string): ItemKey => ({ pk: `DELIVERY#${deliveryId}`, sk: channel }),
  /** Informational emails sent to a person in one hour (expires). */
  hourly: (personId: string, hour: string): ItemKey => ({ pk: `P#${personId}#MAILRATE`, sk: hour }),
  /** An email waiting for the association's daily digest. */
  digestEntry: (associationId: string, personId: string, deliveryId: string): ItemKey => ({
    pk: `A#${associationId}#DIGEST`,
    sk: `${personId}#${deliveryId}`,
  }),
};

export const inboxPrefix = "N#";
