import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ApiError } from "../../../api/client";
import { toAdmin } from "../../../app/paths";
import { ErrorState, PageLoading } from "../../../components/States";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { currentLocale } from "../../../i18n";
import { useDraft, useReview, useRuns } from "../lib/api";
import { useFormat } from "../lib/format";
import { useAssociationCurrency } from "../lib/period";
import { PageHeader, Status } from "../lib/ui";
import { Adjustments } from "./review/Adjustments";
import { ChargesTable } from "./review/ChargesTable";
import { Downloads } from "./review/Downloads";
import { DraftPanel } from "./review/DraftPanel";
import { PaymentList } from "./review/PaymentList";
import { PublishPanel, PublishProgress } from "./review/PublishPanel";
import { RunStatus } from "./review/RunStatus";
import { Steps, stepOf } from "./review/Steps";
import { Totals } from "./review/Totals";

/** One month's billing run: the draft under review, publishing with confirmation, then downloads and adjustments. */
export default function ReviewPage({ associationId, period }: { associationId: string; period: string }) {
  const { t } = useTranslation("billing");
  const currency = useAssociationCurrency(associationId);
  const f = useFormat(currency);
  useDocumentTitle(t("review.title", { period: f.period(period) }));
  const runs = useRuns(associationId);
  // The review answers with the run itself; the run list is the fallback while it loads (or 404s).
  const review = useReview(associationId, period, currentLocale(), true);
  const run = review.data?.run.period === period ? review.data.run : runs.data?.runs.find((r) => r.period === period);
  const draft = useDraft(associationId);

  // While another request publishes this period, ask again until it is done.
  const publishing = run?.status === "publishing";
  useEffect(() => {
    if (!publishing) return;
    const timer = setInterval(() => void runs.refetch(), 1500);
    return () => clearInterval(timer);
  }, [publishing, runs]);

  if (runs.isError) return <ErrorState error={runs.error} onRetry={() => void runs.refetch()} />;
  const noDraft = review.error instanceof ApiError && review.error.code === "billing.no_draft";

  return (
    <div className="page" aria-busy={review.isFetching ? true : undefined}>
      <PageHeader title={t("review.title", { period: f.period(period) })}>
        <Link href={toAdmin(associationId, "billing")}>{t("review.backToRuns")}</Link>
      </PageHeader>
      <Steps current={stepOf(run)} />
      {run && <RunStatus run={run} f={f} />}
      {publishing && <PublishProgress />}
      {(noDraft || (run?.status === "draft" && !review.isPending)) && (
        <DraftPanel period={period} noDraft={noDraft} draft={draft} />
      )}
      {review.isError && !noDraft && <ErrorState error={review.error} onRetry={() => void review.refetch()} />}
      {review.isPending && <PageLoading />}
      {review.data && run && (
        <>
          <Totals review={review.data} f={f} />
          {run.status === "draft" && (
            <PublishPanel associationId={associationId} period={period} review={review.data} f={f} />
          )}
          {run.status === "published" && (
            <>
              <Status testId="published">{t("publish.done", { period: f.period(period) })}</Status>
              <Downloads associationId={associationId} period={period} />
            </>
          )}
          <ChargesTable review={review.data} f={f} />
          <PaymentList review={review.data} currency={review.data.currency} f={f} />
          {run.status === "published" && (
            <Adjustments associationId={associationId} period={period} review={review.data} />
          )}
        </>
      )}
    </div>
  );
}
