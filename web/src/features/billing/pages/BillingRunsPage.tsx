import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import { toBillingPeriod } from "../../../app/paths";
import { ErrorState, PageLoading } from "../../../components/States";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { useDraft, useRuns } from "../lib/api";
import { useFormat } from "../lib/format";
import { nextOpenPeriod, PeriodField, useAssociationCurrency } from "../lib/period";
import { PageHeader, RequestError, TableWrap } from "../lib/ui";

/** Billing runs: pick a month, compute its draft, then review and publish it. */
export default function BillingRunsPage({ associationId }: { associationId: string }) {
  const { t } = useTranslation("billing");
  useDocumentTitle(t("billing.title"));
  const runs = useRuns(associationId);
  const draft = useDraft(associationId);
  const [, navigate] = useLocation();
  const currency = useAssociationCurrency(associationId);
  const f = useFormat(currency);
  const [picked, setPicked] = useState<string | null>(null);

  if (runs.isPending) return <PageLoading />;
  if (runs.isError) return <ErrorState error={runs.error} onRetry={() => void runs.refetch()} />;
  const period = picked ?? nextOpenPeriod(runs.data.runs);
  const existing = runs.data.runs.find((r) => r.period === period);
  const sorted = [...runs.data.runs].sort((a, b) => b.period.localeCompare(a.period));

  return (
    <div className="page">
      <PageHeader title={t("billing.title")} lead={t("billing.lead")} />
      <section className="card form" aria-labelledby="billing-start">
        <h2 className="card__title" id="billing-start">
          {t("billing.startTitle")}
        </h2>
        <PeriodField label={t("common.period")} value={period} onChange={setPicked} testId="billing-period" />
        {existing && existing.status !== "draft" ? (
          <p className="notice">
            {t("billing.alreadyPublished", { period: f.period(period) })}{" "}
            <Link href={toBillingPeriod(associationId, period)}>{t("billing.openReview")}</Link>
          </p>
        ) : (
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              data-testid="billing-draft"
              disabled={draft.isPending}
              onClick={() =>
                draft.mutate(period, { onSuccess: () => navigate(toBillingPeriod(associationId, period)) })
              }
            >
              {draft.isPending ? t("billing.drafting") : existing ? t("billing.redraft") : t("billing.draft")}
            </button>
            {existing && (
              <Link className="button button--secondary" href={toBillingPeriod(associationId, period)}>
                {t("billing.openReview")}
              </Link>
            )}
          </div>
        )}
        <RequestError error={draft.error} />
      </section>
      <section className="card" aria-labelledby="billing-runs">
        <h2 className="card__title" id="billing-runs">
          {t("billing.runsTitle")}
        </h2>
        {sorted.length === 0 ? (
          <p className="empty">{t("billing.noRuns")}</p>
        ) : (
          <TableWrap label={t("billing.runsTitle")}>
            <table className="table" data-testid="runs-table">
              <thead>
                <tr>
                  <th scope="col">{t("common.period")}</th>
                  <th scope="col">{t("billing.status")}</th>
                  <th scope="col" className="num">
                    {t("common.total")}
                  </th>
                  <th scope="col" className="num">
                    {t("billing.units")}
                  </th>
                  <th scope="col">{t("billing.postedOn")}</th>
                  <th scope="col">{t("billing.dueDate")}</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((r) => (
                  <tr key={r.period} data-testid="run-row" data-period={r.period} data-status={r.status}>
                    <th scope="row">
                      <Link href={toBillingPeriod(associationId, r.period)}>{f.period(r.period)}</Link>
                    </th>
                    <td>
                      <span className={`tag tag--${r.status}`}>{t(`status.${r.status}`)}</span>
                    </td>
                    <td className="num">{f.money(r.totalMinor)}</td>
                    <td className="num">{r.unitCount}</td>
                    <td>{r.postedOn ? f.date(r.postedOn) : "—"}</td>
                    <td>{r.dueDate ? f.date(r.dueDate) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>
    </div>
  );
}
