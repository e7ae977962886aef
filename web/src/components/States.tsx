import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";

/** The text to show for a failed request: the server's translated message, or our own. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (error instanceof ApiError) {
      if (error.code === "network.unreachable") return t("errors.network");
      if (error.message) return error.message;
    }
    return t("errors.generic");
  };
}

/** A calm placeholder while a page loads; it keeps the page's height so nothing jumps. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="page-loading" aria-busy="true">
      <p className="visually-hidden" role="status">
        {t("app.loading")}
      </p>
      <div className="skeleton skeleton--title" />
      <div className="skeleton skeleton--block" />
      <div className="skeleton skeleton--block" />
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const messageOf = useErrorMessage();
  return (
    <div className="notice notice--error" role="alert" data-testid="error-state">
      <p className="notice__title">{t("errors.loadFailed")}</p>
      <p>{messageOf(error)}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t("errors.retry")}
        </button>
      )}
    </div>
  );
}
