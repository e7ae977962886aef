import { useTranslation } from "react-i18next";
import { ErrorState, PageLoading } from "../../components/States";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { currentLocale } from "../../i18n";
import { useOwnerCharges } from "../billing/lib/api";
import { ExplainedLine } from "../billing/lib/explain";
import { PenaltyExplained } from "../billing/lib/explain-penalty";
import { addMonths, useFormat } from "../billing/lib/format";
import { usePeriodParam } from "../billing/lib/period";
import { PageHeader } from "../billing/lib/ui";
import { OwnerTabs } from "./OwnerTabs";
import { ReceiptButton } from "./ReceiptButton";

/** This month's charges, each explained in a sentence, with the receipt to pay them. */
export default function ChargesPage({ associationId, unitId }: { associationId: string; unitId: string }) {
  const { t } = useTranslation("billing");
  useDocumentTitle(t("owner.chargesTitle"));
  const [requested, setPeriod] = usePeriodParam("");
  const charges = useOwnerCharges(associationId, unitId, requested || undefined, currentLocale());
  const f = useFormat(charges.data?.currency ?? "EUR");

  if (charges.isPending) return <PageLoading />;
  if (charges.isError) return <ErrorState error={charges.error} onRetry={() => void charges.refetch()} />;
  const data = charges.data;
  const period = data.period ?? requested;

  return (
    <div className="page" aria-busy={charges.isFetching && charges.isPlaceholderData ? true : undefined}>
      <PageHeader title={t("owner.chargesTitle")} lead={period ? f.period(period) : undefined} />
      <OwnerTabs associationId={associationId} unitId={unitId} />
      {period && (
        <nav className="pager" aria-label={t("owner.periodNav")}>
          <button type="button" className="button button--secondary" onClick={() => setPeriod(addMonths(period, -1))}>
            ← {f.period(addMonths(period, -1))}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setPeriod(addMonths(period, 1))}>
            {f.period(addMonths(period, 1))} →
          </button>
        </nav>
      )}
      <section className="card balance" aria-labelledby="charges-total">
        <h2 id="charges-total" className="card__title">
          {period ? t("owner.totalFor", { period: f.period(period) }) : t("owner.total")}
        </h2>
        <p className="balance__total" data-testid="charges-total" data-total-minor={data.totalMinor}>
          {f.money(data.totalMinor)}
        </p>
        {data.dueDate && <p data-testid="charges-due">{t("owner.dueBy", { date: f.date(data.dueDate) })}</p>}
        {data.lines.length > 0 && (
          <ReceiptButton associationId={associationId} unitId={unitId} period={period || undefined} />
        )}
      </section>
      <section className="card" aria-labelledby="charges-lines">
        <h2 id="charges-lines" className="card__title">
          {t("owner.howComputed")}
        </h2>
        {data.lines.length === 0 ? (
          <p className="empty" data-testid="charges-empty">
            {t("owner.noCharges")}
          </p>
        ) : (
          <ul className="rows">
            {data.lines.map((line) => (
              <li
                key={line.entryId}
                className="row row--charge"
                data-testid="charge-line"
                data-kind={line.kind}
                data-amount-minor={line.amountMinor}
              >
                <span className="row__label">
                  <span className="row__title">{line.name}</span>
                  <span className="row__meta">
                    {t(`funds.${line.fund}` as "funds.repair", { defaultValue: line.fund })}
                  </span>
                </span>
                <span className="row__amount">{f.money(line.amountMinor)}</span>
                {line.penalty ? (
                  <PenaltyExplained line={{ ...line, penalty: line.penalty }} currency={data.currency} />
                ) : (
                  <ExplainedLine line={line} currency={data.currency} />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
