import { createHash } from "node:crypto";

/**
 * The once-only key of a notification: the same (type, association, subject, recipient) always
 * gives the same id, so a retried or concurrent job finds the delivery record it already wrote.
 * Hex, so it survives the SES tag alphabet and can be read back from a tag.
 */
export function deliveryIdOf(type: string, associationId: string, subject: string, personId: string): string {
  return createHash("sha256")
    .update([type, associationId, subject, personId].join("\u0000"))
    .digest("hex")
    .slice(0, 32);
}

/** The SES `domus-key` tag of an email: readable type first, the delivery id last. */
export function mailKeyOf(type: string, deliveryId: string): string {
  return `${type.replace(/[^A-Za-z0-9]/g, "_")}_${deliveryId}`;
}

/** The delivery id carried by a `domus-key` tag, or undefined when the tag is not a notification's. */
export function deliveryIdFromMailKey(tag: string): string | undefined {
  const match = /_([0-9a-f]{32})$/.exec(tag);
  return match?.[1];
}
