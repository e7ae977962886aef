import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, PageLoading } from "../../components/States";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { useOwnerStatement, useOwnerYears } from "../billing/lib/api";
import { PenaltyCellDetails, PenaltyDates } from "../billing/lib/explain-penalty";
import { currentPeriod, useFormat } from "../billing/lib/format";
import { PeriodField } from "../billing/lib/period";
import { PageHeader, RequestError, TableWrap } from "../billing/lib/ui";
import { OwnerTabs } from "./OwnerTabs";
import { ReceiptButton } from "./ReceiptButton";

function Years({ associationId, unitId }: { associationId: string; unitId: string }) {
  const { t } = useTranslation("billing");
  const years = useOwnerYears(associationId, unitId);
  const f = useFormat(years.data?.currency ?? "EUR");
  if (years.isPending) return <PageLoading />;
  if (years.isError) return <ErrorState error={years.error} onRetry={() => void years.refetch()} />;
  return (
    <section className="card" aria-labelledby="years-title">
      <h2 className="card__title" id="years-title">
        {t("owner.yearsTitle")}
      </h2>
      {years.data.years.length === 0 ? (
        <p className="empty">{t("owner.noEntries")}</p>
      ) : (
        <TableWrap label={t("owner.yearsTitle")}>
          <table className="table" data-testid="years-table">
            <thead>
              <tr>
                <th scope="col">{t("owner.year")}</th>
                <th scope="col" className="num">
                  {t("owner.charges")}
                </th>
                <th scope="col" className="num">
                  {t("owner.payments")}
                </th>
                <th scope="col" className="num">
                  {t("owner.adjustments")}
                </th>
                <th scope="col" className="num">
                  {t("owner.penalties")}
                </th>
                <th scope="col" className="num">
                  {t("owner.closing")}
                </th>
              </tr>
            </thead>
            <tbody>
              {years.data.years.map((y) => (
                <tr key={y.year} data-testid="year-row">
                  <th scope="row">{y.year}</th>
                  <td className="num">{f.money(y.chargesMinor)}</td>
                  <td className="num">{f.money(y.paymentsMinor)}</td>
                  <td className="num">{f.money(y.adjustmentsMinor)}</td>
                  <td className="num">{f.money(y.penaltiesMinor)}</td>
                  <td className="num strong">{f.money(y.closingBalanceMinor)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}

function StatementView({ associationId, unitId }: { associationId: string; unitId: string }) {
  const { t } = useTranslation("billing");
  const now = currentPeriod();
  const [from, setFrom] = useState(`${now.slice(0, 4)}-01`);
  const [to, setTo] = useState(now);
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const statement = useOwnerStatement(associationId, unitId, range);
  const f = useFormat(statement.data?.currency ?? "EUR");
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setRange({ from, to });
  };
  const data = statement.data;
  return (
    <section className="card form" aria-labelledby="statement-title">
      <h2 className="card__title" id="statement-title">
        {t("owner.statementTitle")}
      </h2>
      <form className="form-grid form-grid--row" onSubmit={onSubmit} noValidate data-testid="statement-form">
        <PeriodField label={t("owner.from")} value={from} onChange={setFrom} testId="statement-from" />
        <PeriodField label={t("owner.to")} value={to} onChange={setTo} testId="statement-to" />
        <button type="submit" className="button" data-testid="statement-show">
          {t("owner.showStatement")}
        </button>
      </form>
      <RequestError error={statement.error} />
      {data && (
        <div data-testid="statement">
          <dl className="facts">
            <div>
              <dt>{t("owner.opening", { period: f.period(data.from) })}</dt>
              <dd data-testid="statement-opening">{f.money(data.openingBalanceMinor)}</dd>
            </div>
            <div>
              <dt>{t("owner.closingAt", { period: f.period(data.to) })}</dt>
              <dd data-testid="statement-closing">{f.money(data.closingBalanceMinor)}</dd>
            </div>
          </dl>
          {data.entries.length === 0 ? (
            <p className="empty">{t("owner.noEntries")}</p>
          ) : (
            <TableWrap label={t("owner.statementTitle")}>
              <table className="table" data-testid="statement-table">
                <thead>
                  <tr>
                    <th scope="col">{t("common.date")}</th>
                    <th scope="col">{t("owner.entry")}</th>
                    <th scope="col" className="num">
                      {t("common.amount")}
                    </th>
                    <th scope="col" className="num">
                      {t("owner.balanceAfter")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[...data.entries].map((e) => (
                    <tr key={e.entryId} data-testid="statement-row" data-kind={e.kind}>
                      <td className="nowrap">
                        {e.penalty ? <PenaltyDates group={e.penalty} currency={data.currency} /> : f.date(e.date)}
                      </td>
                      <td>
                        {e.name}
                        <span className="row__meta">{t(`kinds.${e.kind}`)}</span>
                        {e.penalty && (
                          <PenaltyCellDetails line={{ ...e, penalty: e.penalty }} currency={data.currency} />
                        )}
                      </td>
                      <td className="num">{f.money(e.amountMinor, true)}</td>
                      <td className="num">{f.money(e.balanceAfterMinor)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </div>
      )}
    </section>
  );
}

/** A receipt for any month; it offers the last billed month first (this month is usually not billed yet). */
function ReceiptPicker({ associationId, unitId }: { associationId: string; unitId: string }) {
  const { t } = useTranslation("billing");
  const years = useOwnerYears(associationId, unitId);
  const [chosen, setPeriod] = useState<string | undefined>(undefined);
  const period = chosen ?? years.data?.lastBilledPeriod ?? currentPeriod();
  return (
    <section className="card form" aria-labelledby="receipt-title">
      <h2 className="card__title" id="receipt-title">
        {t("owner.receiptTitle")}
      </h2>
      <p className="field__hint">{t("owner.receiptHint")}</p>
      <div className="form-grid form-grid--row">
        <PeriodField label={t("common.period")} value={period} onChange={setPeriod} testId="receipt-period" />
        <ReceiptButton
          associationId={associationId}
          unitId={unitId}
          period={period}
          label={t("owner.downloadReceiptFor")}
        />
      </div>
    </section>
  );
}

/** Previous years, a statement for any range of months, and a receipt for any month. */
export default function StatementsPage({ associationId, unitId }: { associationId: string; unitId: string }) {
  const { t } = useTranslation("billing");
  useDocumentTitle(t("owner.statementsTitle"));
  return (
    <div className="page">
      <PageHeader title={t("owner.statementsTitle")} />
      <OwnerTabs associationId={associationId} unitId={unitId} />
      <StatementView associationId={associationId} unitId={unitId} />
      <ReceiptPicker associationId={associationId} unitId={unitId} />
      <Years associationId={associationId} unitId={unitId} />
    </div>
  );
}
