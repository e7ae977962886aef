import type { FeatureNavItem } from "../../app/feature-nav";
import { notificationPaths } from "./namespace";

/** "Notifications" under the account menu, beside the bell, for every role. */
export const notificationNav: FeatureNavItem[] = [
  {
    id: "notifications.inbox",
    labelKey: "notifications:nav.inbox",
    area: "account",
    to: () => notificationPaths.inbox,
    visible: () => true,
  },
];
