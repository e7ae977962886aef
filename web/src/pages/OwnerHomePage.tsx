import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { accountSummary } from "../../../functions/owner/contracts";
import type { ContractResponse } from "../../../functions/platform/http/contract";
import { useAccountSummary } from "../api/queries";
import { toOwnerPage } from "../app/paths";
import { ErrorState, PageLoading } from "../components/States";
import { useDocumentTitle } from "../components/useDocumentTitle";
import { ReceiptButton } from "../features/owner/ReceiptButton";
import { formatDate } from "../format/date";
import { formatMoney } from "../format/money";
import { currentLocale } from "../i18n";
import { intlLocale } from "../i18n/languages";

type Summary = ContractResponse<typeof accountSummary>;

function useFormatters(currency: string) {
  const locale = intlLocale[currentLocale()];
  return {
    money: (minor: number, signed = false) => formatMoney(minor, currency, locale, signed),
    date: (value: string) => formatDate(value, locale),
  };
}

/** The big sentence: what the owner owes, the credit they have, or that nothing is due. */
function BalanceTotal({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  const format = useFormatters(summary.currency);
  const total = summary.totalMinor;
  const state = total > 0 ? "owe" : total < 0 ? "credit" : "clear";
  const text =
    state === "owe"
      ? t("home.owe", { amount: format.money(total) })
      : state === "credit"
        ? t("home.credit", { amount: format.money(-total) })
        : t("home.nothingToPay");
  return (
    <section className="card balance" aria-labelledby="balance-heading">
      <h2 id="balance-heading" className="card__title">
        {t("home.balanceHeading")}
      </h2>
      <p
        className={`balance__total balance__total--${state}`}
        data-testid="owner-balance-total"
        data-state={state}
        data-total-minor={total}
      >
        {text}
      </p>
    </section>
  );
}

function FundBalances({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  const format = useFormatters(summary.currency);
  return (
    <section className="card" aria-labelledby="funds-heading">
      <h2 id="funds-heading" className="card__title">
        {t("home.byFund")}
      </h2>
      {summary.balances.length === 0 ? (
        <p className="empty" data-testid="funds-empty">
          {t("home.fundsEmpty")}
        </p>
      ) : (
        <ul className="rows">
          {summary.balances.map((b) => (
            <li
              key={b.fund}
              className="row"
              data-testid="fund-row"
              data-fund={b.fund}
              data-balance-minor={b.balanceMinor}
            >
              <span className="row__label">{t(`funds.${b.fund}`)}</span>
              <span className="row__amount">
                {format.money(Math.abs(b.balanceMinor))}
                {b.balanceMinor < 0 && <span className="tag tag--credit">{t("home.creditTag")}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RecentEntries({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  const format = useFormatters(summary.currency);
  return (
    <section className="card" aria-labelledby="recent-heading">
      <h2 id="recent-heading" className="card__title">
        {t("home.recent")}{" "}
        {summary.recent.length > 0 && (
          <span className="card__count">{t("home.entries", { count: summary.recent.length })}</span>
        )}
      </h2>
      {summary.recent.length === 0 ? (
        <p className="empty" data-testid="ledger-empty">
          {t("home.recentEmpty")}
        </p>
      ) : (
        <ol className="rows">
          {summary.recent.map((line) => (
            <li
              key={line.entryId}
              className={`row row--entry row--${line.amountMinor < 0 ? "down" : "up"}`}
              data-testid="ledger-row"
              data-entry-id={line.entryId}
              data-kind={line.kind}
            >
              <time className="row__date" dateTime={line.date}>
                {format.date(line.date)}
              </time>
              <span className="row__label">
                {line.description}
                <span className="row__meta">
                  {t(`entryKinds.${line.kind}`)} · {t(`funds.${line.fund}`)}
                </span>
              </span>
              <span className="row__amount">{format.money(line.amountMinor, true)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Where to go next: this month's explained charges, the history, statements, and the receipt to pay. */
function AccountLinks({ associationId, unitId }: { associationId: string; unitId: string }) {
  const { t, ready } = useTranslation("billing");
  if (!ready) return <div className="card owner-links owner-links--loading" aria-hidden="true" />;
  return (
    <section className="card owner-links" aria-labelledby="owner-links-heading">
      <h2 id="owner-links-heading" className="card__title">
        {t("owner.linksHeading")}
      </h2>
      <ul className="owner-links__list">
        <li>
          <Link
            href={toOwnerPage(associationId, unitId, "charges")}
            className="owner-links__link"
            data-testid="link-charges"
          >
            <span className="owner-links__title">{t("nav.charges")}</span>
            <span className="row__meta">{t("owner.chargesLink")}</span>
          </Link>
        </li>
        <li>
          <Link
            href={toOwnerPage(associationId, unitId, "history")}
            className="owner-links__link"
            data-testid="link-history"
          >
            <span className="owner-links__title">{t("nav.history")}</span>
            <span className="row__meta">{t("owner.historyLink")}</span>
          </Link>
        </li>
        <li>
          <Link
            href={toOwnerPage(associationId, unitId, "statements")}
            className="owner-links__link"
            data-testid="link-statements"
          >
            <span className="owner-links__title">{t("nav.statements")}</span>
            <span className="row__meta">{t("owner.statementsLink")}</span>
          </Link>
        </li>
      </ul>
      <ReceiptButton associationId={associationId} unitId={unitId} />
    </section>
  );
}

/** Owner home: the balance first, then per fund, then the latest entries. */
export default function OwnerHomePage({ associationId, unitId }: { associationId: string; unitId: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t("home.title"));
  const summary = useAccountSummary(associationId, unitId, currentLocale());

  if (summary.isPending) return <PageLoading />;
  if (summary.isError) return <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />;
  const data = summary.data;
  return (
    <div className="page" aria-busy={summary.isFetching && summary.isPlaceholderData ? true : undefined}>
      <h1 className="page__title">
        {t("home.title")} <span className="page__subtitle">{t("home.unitHeading", { unit: data.unitNumber })}</span>
      </h1>
      <BalanceTotal summary={data} />
      <AccountLinks associationId={associationId} unitId={unitId} />
      <div className="columns">
        <FundBalances summary={data} />
        <RecentEntries summary={data} />
      </div>
    </div>
  );
}
