import type { AppDeps } from "../platform/deps";
import { translate } from "../platform/i18n";
import type { Locale } from "../platform/model/schemas";
import { queryPage } from "../platform/paging";
import { isConditionFailure } from "../platform/table";
import { claimItem, type DeliveryHead } from "./delivery";
import { inboxPrefix, notifyKeys } from "./keys";
import { formatParams, type MessageParams } from "./model/params";

/** What an inbox item says, kept as a message key and raw parameters (see model/params.ts). */
export interface InboxMessage {
  key: string;
  params: MessageParams;
}

interface InboxItem {
  pk: string;
  sk: string;
  notificationId: string;
  type: string;
  associationId: string;
  /** A path in the web app: the subject the message is about. */
  link: string;
  message: InboxMessage;
  createdAt: string;
  readAt?: string;
}

/** Sortable and unique: the time first (newest-first reads), then the delivery id. */
function notificationIdOf(at: Date, deliveryId: string): string {
  return `${at.toISOString().replace(/[-:]|\.\d+/g, "")}-${deliveryId}`;
}

/**
 * Puts a message in a person's inbox once: the inbox delivery record, the item and the unread
 * count change in one transaction, so a rerun (its claim fails) adds nothing and counts nothing.
 */
export async function deliverToInbox(
  deps: AppDeps,
  head: DeliveryHead,
  link: string,
  message: InboxMessage,
): Promise<boolean> {
  const now = deps.clock.now();
  const notificationId = notificationIdOf(now, head.deliveryId);
  const item: InboxItem = {
    ...notifyKeys.inboxItem(head.personId, notificationId),
    notificationId,
    type: head.type,
    associationId: head.associationId,
    link,
    message,
    createdAt: now.toISOString(),
  };
  try {
    await deps.table.transact([
      claimItem(deps, head, "inbox", "sent"),
      { Put: { TableName: deps.table.name, Item: item } },
      {
        Update: {
          TableName: deps.table.name,
          Key: notifyKeys.unread(head.personId),
          UpdateExpression: "ADD unread :one",
          ExpressionAttributeValues: { ":one": 1 },
        },
      },
    ]);
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** The text of a message in one language (a key no catalogue knows shows as itself). */
export function renderMessage(message: InboxMessage, locale: Locale): string {
  return translate(locale, message.key, formatParams(message.params, locale));
}

export interface InboxEntry {
  notificationId: string;
  type: string;
  associationId: string;
  link: string;
  text: string;
  createdAt: string;
  read: boolean;
}

/** One page of the person's inbox, newest first, written in `locale`. */
export async function listInbox(
  deps: AppDeps,
  personId: string,
  locale: Locale,
  page: { limit: number; cursor?: string },
) {
  const { items, next } = await queryPage<InboxItem>(deps, {
    pk: notifyKeys.unread(personId).pk,
    prefix: inboxPrefix,
    limit: page.limit,
    cursor: page.cursor,
    newestFirst: true,
  });
  const entries: InboxEntry[] = items.map((i) => ({
    notificationId: i.notificationId,
    type: i.type,
    associationId: i.associationId,
    link: i.link,
    text: renderMessage(i.message, locale),
    createdAt: i.createdAt,
    read: i.readAt !== undefined,
  }));
  return { items: entries, ...(next ? { next } : {}) };
}

export async function unreadCount(deps: AppDeps, personId: string): Promise<number> {
  const item = await deps.table.get<{ pk: string; sk: string; unread?: number }>(notifyKeys.unread(personId), true);
  return Math.max(0, item?.unread ?? 0);
}

/**
 * Marks one item read. The condition makes it count once: a second click, or a concurrent one,
 * finds `readAt` set and changes nothing. False when the person has no such item.
 */
export async function markRead(deps: AppDeps, personId: string, notificationId: string): Promise<boolean> {
  try {
    await deps.table.transact([
      {
        Update: {
          TableName: deps.table.name,
          Key: notifyKeys.inboxItem(personId, notificationId),
          UpdateExpression: "SET readAt = :now",
          ConditionExpression: "attribute_exists(pk) AND attribute_not_exists(readAt)",
          ExpressionAttributeValues: { ":now": deps.clock.now().toISOString() },
        },
      },
      {
        Update: {
          TableName: deps.table.name,
          Key: notifyKeys.unread(personId),
          UpdateExpression: "ADD unread :minus",
          ExpressionAttributeValues: { ":minus": -1 },
        },
      },
    ]);
    return true;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const item = await deps.table.get(notifyKeys.inboxItem(personId, notificationId), true);
    return item !== undefined;
  }
}

/** Marks every unread item read, one conditional step each, so the count stays exact. */
export async function markAllRead(deps: AppDeps, personId: string): Promise<number> {
  let marked = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const out = await deps.table.query<InboxItem>({
      KeyConditionExpression: "pk = :p AND begins_with(sk, :s)",
      FilterExpression: "attribute_not_exists(readAt)",
      ExpressionAttributeValues: { ":p": notifyKeys.unread(personId).pk, ":s": inboxPrefix },
      ...(start ? { ExclusiveStartKey: start } : {}),
    });
    for (const item of out.items) if (await markRead(deps, personId, item.notificationId)) marked += 1;
    start = out.next
      ? (JSON.parse(Buffer.from(out.next, "base64url").toString("utf8")) as Record<string, unknown>)
      : undefined;
  } while (start);
  return marked;
}
