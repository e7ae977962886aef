import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useUnreadCount } from "./api";
import { unreadBadge } from "./groups";
import { NOTIFICATIONS_NS, notificationPaths } from "./namespace";

/** The header's bell: a link to the inbox with the number of unread notifications, for every role. */
export function Bell() {
  const { t, ready } = useTranslation(NOTIFICATIONS_NS);
  const unread = useUnreadCount().data?.unread ?? 0;
  const label = ready ? t("bell.label", { n: unread }) : "";
  return (
    <Link
      href={notificationPaths.inbox}
      className="button button--secondary app-header__bell"
      aria-label={label}
      title={label}
      data-testid="inbox-bell"
      data-unread={unread}
    >
      <svg aria-hidden="true" className="bell-icon" viewBox="0 0 24 24" width="20" height="20">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
        />
      </svg>
      {ready && unread > 0 && (
        <span aria-hidden="true" className="bell-count" data-testid="inbox-unread">
          {unreadBadge(unread)}
        </span>
      )}
    </Link>
  );
}
