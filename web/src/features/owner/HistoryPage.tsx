import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, PageLoading } from "../../components/States";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { currentLocale } from "../../i18n";
import { useOwnerLedger } from "../billing/lib/api";
import { PenaltyCellDetails, PenaltyDates } from "../billing/lib/explain-penalty";
import { useFormat } from "../billing/lib/format";
import { PageHeader, TableWrap } from "../billing/lib/ui";
import { OwnerTabs } from "./OwnerTabs";

const PAGE = 25;

/** Every ledger entry, newest first, with the balance after each; paged. */
export default function HistoryPage({ associationId, unitId }: { associationId: string; unitId: string }) {
  const { t } = useTranslation("billing");
  useDocumentTitle(t("owner.historyTitle"));
  // Cursors of the pages seen so far, so "newer" can go back.
  const [cursors, setCursors] = useState<number[]>([0]);
  const cursor = cursors.at(-1) ?? 0;
  const ledger = useOwnerLedger(associationId, unitId, cursor, PAGE, currentLocale());
  const f = useFormat(ledger.data?.currency ?? "EUR");

  if (ledger.isPending) return <PageLoading />;
  if (ledger.isError) return <ErrorState error={ledger.error} onRetry={() => void ledger.refetch()} />;
  const data = ledger.data;
  const state = data.balanceMinor > 0 ? "owe" : data.balanceMinor < 0 ? "credit" : "clear";

  return (
    <div className="page" aria-busy={ledger.isFetching && ledger.isPlaceholderData ? true : undefined}>
      <PageHeader title={t("owner.historyTitle")} />
      <OwnerTabs associationId={associationId} unitId={unitId} />
      <p
        className={`balance__line balance__total--${state}`}
        data-testid="history-balance"
        data-balance-minor={data.balanceMinor}
      >
        {t("owner.balanceNow", { amount: f.money(data.balanceMinor) })}
      </p>
      {data.entries.length === 0 ? (
        <p className="empty">{t("owner.noEntries")}</p>
      ) : (
        <TableWrap label={t("owner.historyTitle")}>
          <table className="table table--ledger" data-testid="ledger-table">
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
              {data.entries.map((e) => (
                <tr key={e.entryId} data-testid="history-row" data-kind={e.kind}>
                  <td className="nowrap">
                    {e.penalty ? (
                      <PenaltyDates group={e.penalty} currency={data.currency} />
                    ) : (
                      <time dateTime={e.date}>{f.date(e.date)}</time>
                    )}
                  </td>
                  <td>
                    {e.name}
                    <span className="row__meta">
                      {t(`kinds.${e.kind}`)} · {t(`funds.${e.fund}` as "funds.repair", { defaultValue: e.fund })} ·{" "}
                      {f.period(e.period)}
                    </span>
                    {e.penalty && <PenaltyCellDetails line={{ ...e, penalty: e.penalty }} currency={data.currency} />}
                  </td>
                  <td className={`num ${e.amountMinor < 0 ? "diff--down" : ""}`}>{f.money(e.amountMinor, true)}</td>
                  <td className="num strong">{f.money(e.balanceAfterMinor)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <nav className="pager" aria-label={t("owner.pages")}>
        <button
          type="button"
          className="button button--secondary"
          disabled={cursors.length < 2}
          onClick={() => setCursors(cursors.slice(0, -1))}
        >
          ← {t("owner.newer")}
        </button>
        <span className="pager__label">{t("owner.page", { page: cursors.length })}</span>
        <button
          type="button"
          className="button button--secondary"
          data-testid="history-older"
          disabled={data.next === undefined}
          onClick={() => data.next !== undefined && setCursors([...cursors, data.next])}
        >
          {t("owner.older")} →
        </button>
      </nav>
    </div>
  );
}
