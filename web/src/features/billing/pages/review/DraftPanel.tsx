import { useTranslation } from "react-i18next";
import type { useDraft } from "../../lib/api";
import { RequestError, Status } from "../../lib/ui";

/** Computing the month's draft when there is none, or again after invoices, rules or units changed. */
export function DraftPanel({
  period,
  noDraft,
  draft,
}: {
  period: string;
  /** No draft exists yet (rather than one to compute again). */
  noDraft: boolean;
  /** Owned by the page, so its outcome stays visible while the panel comes and goes with the review's state. */
  draft: ReturnType<typeof useDraft>;
}) {
  const { t } = useTranslation("billing");
  return (
    <section className="card form" aria-labelledby="draft-title">
      <h2 className="card__title" id="draft-title">
        {noDraft ? t("review.noDraft") : t("review.redraftTitle")}
      </h2>
      <p className="field__hint">{t("review.draftHint")}</p>
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          data-testid="review-draft"
          disabled={draft.isPending}
          onClick={() => draft.mutate(period)}
        >
          {draft.isPending ? t("billing.drafting") : noDraft ? t("billing.draft") : t("billing.redraft")}
        </button>
      </div>
      {draft.data && (
        <Status testId="draft-done">
          {draft.data.written ? t("review.drafted", { count: draft.data.unitCount }) : t("review.unchanged")}
        </Status>
      )}
      <RequestError error={draft.error} />
    </section>
  );
}
