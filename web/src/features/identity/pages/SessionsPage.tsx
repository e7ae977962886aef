import { useState } from "react";
import { Link, useLocation } from "wouter";
import { identityPaths, paths } from "../../../app/paths";
import { ErrorState, PageLoading, useErrorMessage } from "../../../components/States";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { useEndSession, useSessions, useSignOutEverywhere } from "../api";
import { useDates } from "../components/dates";
import { useIdentityT } from "../components/forms";

/** A short, readable device name from a user agent: browser and system, nothing more. */
function deviceOf(userAgent: string): { browser?: string; system?: string } {
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /Firefox\//.test(userAgent)
      ? "Firefox"
      : /Chrome\/|Chromium\//.test(userAgent)
        ? "Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : undefined;
  const system = /Android/.test(userAgent)
    ? "Android"
    : /iPhone|iPad/.test(userAgent)
      ? "iOS"
      : /Windows/.test(userAgent)
        ? "Windows"
        : /Mac OS X/.test(userAgent)
          ? "macOS"
          : /Linux/.test(userAgent)
            ? "Linux"
            : undefined;
  return { browser, system };
}

/** `/account/sessions`: every signed-in device, each with its own sign-out, and "sign out everywhere". */
export default function SessionsPage() {
  const { t } = useIdentityT();
  useDocumentTitle(t("sessions.title"));
  const sessions = useSessions();
  const end = useEndSession();
  const everywhere = useSignOutEverywhere();
  const messageOf = useErrorMessage();
  const dates = useDates();
  const [, navigate] = useLocation();
  const [confirming, setConfirming] = useState(false);

  return (
    <section className="page" data-testid="sessions-page">
      <h1 className="page__title">{t("sessions.title")}</h1>
      <p className="page__lead">{t("sessions.lead")}</p>
      <p>
        <Link href={identityPaths.account}>{t("account.backToAccount")}</Link>
      </p>
      {sessions.isPending && <PageLoading />}
      {sessions.isError && <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />}
      {end.isError && (
        <div className="notice notice--error" role="alert">
          <p>{messageOf(end.error)}</p>
        </div>
      )}
      {sessions.data && (
        <div className="card">
          <ul className="rows" aria-label={t("sessions.title")}>
            {sessions.data.items.map((s) => {
              const device = deviceOf(s.userAgent);
              const name =
                device.browser && device.system
                  ? t("sessions.device", { browser: device.browser, system: device.system })
                  : t("sessions.unknownDevice");
              return (
                <li key={s.sessionId} className="row" data-testid="session-row">
                  <span className="row__label">
                    {name}
                    {s.current && <span className="tag tag--credit">{t("sessions.thisDevice")}</span>}
                    <span className="row__meta">{t("sessions.started", { when: dates.dateTime(s.startedAt) })}</span>
                    <span className="row__meta">{t("sessions.lastSeen", { when: dates.dateTime(s.lastSeenAt) })}</span>
                  </span>
                  {!s.current && (
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={end.isPending}
                      onClick={() => end.mutate(s.sessionId)}
                      aria-label={t("sessions.endNamed", { device: name })}
                    >
                      {t("sessions.end")}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <div className="card id-stack">
        <h2 className="card__title">{t("sessions.everywhere")}</h2>
        <p>{t("sessions.everywhereHint")}</p>
        {confirming ? (
          <div className="id-actions">
            <button
              type="button"
              className="button button--danger"
              disabled={everywhere.isPending}
              onClick={() =>
                everywhere.mutate(undefined, { onSettled: () => navigate(paths.signIn, { replace: true }) })
              }
              data-testid="sessions-everywhere-confirm"
            >
              {t("sessions.everywhereConfirm")}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t("common.cancel")}
            </button>
          </div>
        ) : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setConfirming(true)}
            data-testid="sessions-everywhere"
          >
            {t("sessions.everywhere")}
          </button>
        )}
      </div>
    </section>
  );
}
