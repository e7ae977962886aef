import type { AppDeps } from "../platform/deps";
import { isConditionFailure, type TransactItem } from "../platform/table";
import { notifyKeys } from "./keys";
import type { Channel } from "./model/catalogue";

/** Where one notification stands on one channel. `bounced`/`complained` come from SES events. */
export type DeliveryStatus = "queued" | "sent" | "bounced" | "complained";

export interface DeliveryItem {
  pk: string;
  sk: string;
  deliveryId: string;
  channel: Channel;
  type: string;
  associationId: string;
  personId: string;
  status: DeliveryStatus;
  createdAt: string;
  sentAt?: string;
  messageId?: string;
  /** True while the email waits for the daily digest. */
  digest?: boolean;
  eventAt?: string;
}

export type DeliveryHead = Pick<DeliveryItem, "deliveryId" | "type" | "associationId" | "personId">;

function record(deps: AppDeps, head: DeliveryHead, channel: Channel, status: DeliveryStatus): DeliveryItem {
  const now = deps.clock.now().toISOString();
  return {
    ...notifyKeys.delivery(head.deliveryId, channel),
    ...head,
    channel,
    status,
    createdAt: now,
    ...(status === "sent" ? { sentAt: now } : {}),
  };
}

/** The claim as a transaction item: written only if no delivery on this channel exists yet. */
export function claimItem(deps: AppDeps, head: DeliveryHead, channel: Channel, status: DeliveryStatus): TransactItem {
  return {
    Put: {
      TableName: deps.table.name,
      Item: record(deps, head, channel, status),
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
}

/**
 * Claims a channel before anything goes out: true for the one caller that wrote the record,
 * false for every retry or concurrent run (a crash after the claim loses that one message
 * rather than doubling it).
 */
export async function claim(deps: AppDeps, head: DeliveryHead, channel: Channel): Promise<boolean> {
  try {
    await deps.table.put(record(deps, head, channel, "queued"), { ifAbsent: true });
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

export async function markSent(deps: AppDeps, deliveryId: string, messageId: string): Promise<void> {
  await deps.table.update({
    Key: notifyKeys.delivery(deliveryId, "email"),
    UpdateExpression: "SET #s = :s, sentAt = :t, messageId = :m REMOVE digest",
    ExpressionAttributeNames: { "#s": "status" },
    ExpressionAttributeValues: { ":s": "sent", ":t": deps.clock.now().toISOString(), ":m": messageId },
  });
}

export async function markDigest(deps: AppDeps, deliveryId: string): Promise<void> {
  await deps.table.update({
    Key: notifyKeys.delivery(deliveryId, "email"),
    UpdateExpression: "SET digest = :d",
    ExpressionAttributeValues: { ":d": true },
  });
}

export async function readDelivery(deps: AppDeps, deliveryId: string, channel: Channel) {
  return deps.table.get<DeliveryItem>(notifyKeys.delivery(deliveryId, channel), true);
}
