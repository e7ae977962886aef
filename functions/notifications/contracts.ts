import { z } from "zod";
import { defineContract } from "../platform/http/contract";
import { idSchema, okSchema } from "../platform/model/schemas";
import { channels, notificationTypes } from "./model/catalogue";

/** The signed-in person's inbox and notification choices: only their own, whatever their role. */
const entrySchema = z.object({
  notificationId: z.string(),
  type: z.string(),
  associationId: z.string(),
  /** A path in the web app: what the message is about. */
  link: z.string(),
  /** Written in the language of the request. */
  text: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
});

export const listInboxContract = defineContract({
  id: "notifications.inbox",
  group: "auth",
  method: "get",
  path: "/api/me/inbox",
  summary: "The signed-in person's notifications, newest first, in pages",
  access: { kind: "session" },
  query: z
    .object({
      limit: z.coerce.number().int().min(1).max(100).default(20),
      cursor: z.string().max(400).optional(),
    })
    .strict(),
  response: z.object({ items: z.array(entrySchema), next: z.string().optional() }),
});

export const unreadCountContract = defineContract({
  id: "notifications.unreadCount",
  group: "auth",
  method: "get",
  path: "/api/me/inbox/unread",
  summary: "How many of the signed-in person's notifications are unread (the bell's number)",
  access: { kind: "session" },
  response: z.object({ unread: z.number().int() }),
});

export const markReadContract = defineContract({
  id: "notifications.markRead",
  group: "auth",
  method: "post",
  path: "/api/me/inbox/{notificationId}/read",
  summary: "Marks one of the signed-in person's notifications read (idempotent; 404 when not theirs)",
  access: { kind: "session" },
  params: z.object({ notificationId: idSchema }).strict(),
  response: okSchema,
});

export const markAllReadContract = defineContract({
  id: "notifications.markAllRead",
  group: "auth",
  method: "post",
  path: "/api/me/inbox/read-all",
  summary: "Marks every notification of the signed-in person read",
  access: { kind: "session" },
  response: z.object({ marked: z.number().int() }),
});

const rowSchema = z.object({
  type: z.enum(notificationTypes),
  /** Legal notices: always on, cannot be switched off. */
  mandatory: z.boolean(),
  channels: z.array(z.object({ channel: z.enum(channels), on: z.boolean() })),
});

export const getPreferencesContract = defineContract({
  id: "notifications.preferences",
  group: "auth",
  method: "get",
  path: "/api/me/notification-preferences",
  summary: "Every message type the signed-in person may receive, with their choice per channel",
  access: { kind: "session" },
  response: z.object({ types: z.array(rowSchema) }),
});

export const putPreferencesContract = defineContract({
  id: "notifications.savePreferences",
  group: "auth",
  method: "put",
  path: "/api/me/notification-preferences",
  summary: "Switches message types on or off per channel; mandatory types cannot be switched off (422)",
  access: { kind: "session" },
  body: z
    .object({
      choices: z
        .array(z.object({ type: z.enum(notificationTypes), channel: z.enum(channels), on: z.boolean() }).strict())
        .min(1)
        .max(50),
    })
    .strict(),
  response: z.object({ types: z.array(rowSchema) }),
});
