import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ErrorState, PageLoading } from "../../components/States";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { currentLocale } from "../../i18n";
import { useInbox, useMarkAllRead, useMarkRead } from "./api";
import { NOTIFICATIONS_NS } from "./namespace";

type Entry = { notificationId: string; link: string; text: string; createdAt: string; read: boolean };

function InboxRow({ entry, when }: { entry: Entry; when: string }) {
  const { t } = useTranslation(NOTIFICATIONS_NS);
  const read = useMarkRead();
  const markRead = () => !entry.read && read.mutate(entry.notificationId);
  return (
    <li className="row inbox-row" data-testid="inbox-item" data-read={entry.read}>
      <div className="inbox-row__text">
        <span className={entry.read ? "row__label" : "row__label strong"}>{entry.text}</span>
        <time className="field__hint" dateTime={entry.createdAt}>
          {when}
        </time>
      </div>
      <div className="inbox-row__actions">
        <Link href={entry.link} className="button button--small button--primary" onClick={markRead}>
          {t("inbox.open")}
        </Link>
        {!entry.read && (
          <button
            type="button"
            className="button button--small button--secondary"
            disabled={read.isPending}
            onClick={markRead}
            data-testid="inbox-mark-read"
          >
            {t("inbox.markRead")}
          </button>
        )}
      </div>
    </li>
  );
}

/** `/inbox`: the signed-in person's notifications, newest first, with links to what they are about. */
export default function InboxPage() {
  const { t } = useTranslation(NOTIFICATIONS_NS);
  useDocumentTitle(t("inbox.title"));
  const locale = currentLocale();
  const inbox = useInbox(locale);
  const all = useMarkAllRead();
  if (inbox.isPending) return <PageLoading />;
  if (inbox.isError) return <ErrorState error={inbox.error} onRetry={() => void inbox.refetch()} />;
  const entries = inbox.data.pages.flatMap((p) => p.items);
  const format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="page page--narrow" data-testid="inbox-page">
      <h1 className="page__title">{t("inbox.title")}</h1>
      <section className="card" aria-label={t("inbox.title")}>
        {entries.length === 0 ? (
          <p data-testid="inbox-empty">{t("inbox.empty")}</p>
        ) : (
          <>
            {entries.some((e) => !e.read) && (
              <button
                type="button"
                className="button button--secondary inbox-mark-all"
                disabled={all.isPending}
                onClick={() => all.mutate()}
                data-testid="inbox-mark-all"
              >
                {t("inbox.markAll")}
              </button>
            )}
            <ul className="rows">
              {entries.map((e) => (
                <InboxRow key={e.notificationId} entry={e} when={format.format(new Date(e.createdAt))} />
              ))}
            </ul>
          </>
        )}
        {inbox.hasNextPage && (
          <button
            type="button"
            className="button button--secondary"
            disabled={inbox.isFetchingNextPage}
            onClick={() => void inbox.fetchNextPage()}
          >
            {t("inbox.more")}
          </button>
        )}
      </section>
    </div>
  );
}
