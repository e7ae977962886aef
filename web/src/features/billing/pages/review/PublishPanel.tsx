import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Review, usePublish } from "../../lib/api";
import type { Format } from "../../lib/format";
import { RequestError } from "../../lib/ui";

/** A live "publishing…" card, shown while this page or another request publishes the month. */
export function PublishProgress({ hint }: { hint?: string }) {
  const { t } = useTranslation("billing");
  return (
    <section className="card" aria-live="polite" data-testid="publish-progress">
      <h2 className="card__title">{t("publish.inProgress")}</h2>
      <progress className="progress" aria-label={t("publish.inProgress")} />
      {hint && <p className="field__hint">{hint}</p>}
    </section>
  );
}

/** Publishing the reviewed draft, behind a confirmation that restates the period, units and total. */
export function PublishPanel({
  associationId,
  period,
  review,
  f,
}: {
  associationId: string;
  period: string;
  review: Review;
  f: Format;
}) {
  const { t } = useTranslation("billing");
  const publish = usePublish(associationId);
  const [confirming, setConfirming] = useState(false);
  if (publish.isPending) {
    return <PublishProgress hint={t("publish.inProgressHint", { count: review.run.unitCount })} />;
  }
  return (
    <section className="card form" aria-labelledby="publish-title">
      <h2 className="card__title" id="publish-title">
        {t("publish.title")}
      </h2>
      {review.stale && (
        <p className="notice notice--error" role="alert" data-testid="review-stale">
          {t("review.stale")}
        </p>
      )}
      {!confirming ? (
        <div className="actions">
          <button
            type="button"
            className="button button--primary"
            data-testid="publish"
            disabled={review.stale}
            onClick={() => setConfirming(true)}
          >
            {t("publish.button")}
          </button>
        </div>
      ) : (
        <div
          className="confirm"
          role="alertdialog"
          aria-labelledby="publish-confirm-title"
          aria-describedby="publish-confirm-body"
        >
          <p className="notice__title" id="publish-confirm-title">
            {t("publish.confirmTitle", { period: f.period(period) })}
          </p>
          <p id="publish-confirm-body">
            {t("publish.confirmBody", { count: review.run.unitCount, total: f.money(review.totalMinor) })}
          </p>
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              data-testid="publish-confirm"
              onClick={() => publish.mutate(period)}
            >
              {t("publish.confirm")}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t("common.cancel")}
            </button>
          </div>
        </div>
      )}
      <RequestError error={publish.error} />
    </section>
  );
}
