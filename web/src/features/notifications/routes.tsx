import type { FeatureRoute } from "../../app/feature-routes";
import { lazyNotificationsPage, notificationPaths } from "./namespace";

const InboxPage = lazyNotificationsPage(() => import("./InboxPage"));

/** The inbox, for every signed-in person. */
export const notificationRoutes: FeatureRoute[] = [
  { path: notificationPaths.inbox, shell: "app", render: () => <InboxPage /> },
];
