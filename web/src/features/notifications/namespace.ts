import i18next from "i18next";
import { type ComponentType, lazy } from "react";

/** The translation namespace of the inbox, the bell and the notification choices. */
export const NOTIFICATIONS_NS = "notifications";

/** A lazily loaded page whose texts load with its code, so it never flashes raw keys. */
export function lazyNotificationsPage<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  return lazy(async () => {
    const [module] = await Promise.all([load(), i18next.loadNamespaces(NOTIFICATIONS_NS)]);
    return module;
  });
}

export const notificationPaths = { inbox: "/inbox" };
