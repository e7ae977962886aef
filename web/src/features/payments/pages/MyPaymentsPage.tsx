import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ErrorState, PageLoading } from "../../../components/States";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { useFormat } from "../../billing/lib/format";
import { type OwnerPayments, useOwnerPayments } from "../api";
import { paymentPaths } from "../namespace";

/** Payments and card money that went back (refunds, lost disputes), newest first. */
function paymentRows(d: OwnerPayments) {
  const payments = d.payments.map((p) => ({ ...p, kind: "payment" as const, key: `p-${p.paymentId}` }));
  const returns = d.returns.map((r) => ({ ...r, reversed: false, key: `r-${r.returnId}` }));
  // A return always follows its payment: on the same day it is listed above it (newest first).
  return [...returns, ...payments].sort((a, b) => b.date.localeCompare(a.date));
}

/** The owner's payments, imported transfers that look like theirs (not yet matched), and the balance. */
export default function MyPaymentsPage({ associationId, unitId }: { associationId: string; unitId: string }) {
  const { t } = useTranslation("payments");
  useDocumentTitle(t("mine.title"));
  const data = useOwnerPayments(associationId, unitId);
  const f = useFormat(data.data?.currency ?? "RON");
  if (data.isPending) return <PageLoading />;
  if (data.isError) return <ErrorState error={data.error} onRetry={() => void data.refetch()} />;
  const d = data.data;
  return (
    <div className="page page--narrow">
      <h1 className="page__title">{t("mine.title")}</h1>
      <section className="card" aria-labelledby="balance-title">
        <h2 className="card__title" id="balance-title">
          {t("mine.balance")}
        </h2>
        <p
          className={d.openMinor > 0 ? "balance__total balance__total--owe" : "balance__total balance__total--credit"}
          data-testid="balance"
        >
          {d.openMinor > 0 ? t("mine.owe", { amount: f.money(d.openMinor) }) : t("mine.nothing")}
        </p>
        {d.creditMinor > 0 && <p>{t("mine.credit", { amount: f.money(d.creditMinor) })}</p>}
        {d.openMinor > 0 && (
          <Link href={paymentPaths.pay(associationId, unitId)} className="button button--primary">
            {t("nav.pay")}
          </Link>
        )}
      </section>
      {d.pendingTransfers.length > 0 && (
        <section className="card" aria-labelledby="pending-title">
          <h2 className="card__title" id="pending-title">
            {t("mine.pending")}
          </h2>
          <p className="field__hint">{t("mine.pendingHint")}</p>
          <ul className="rows">
            {d.pendingTransfers.map((p) => (
              <li key={`${p.date}-${p.reference}-${p.amountMinor}`} className="row" data-testid="pending-transfer">
                <span className="row__date">{f.date(p.date)}</span>
                <span className="row__label mono">{p.reference}</span>
                <span className="row__amount">{f.money(p.amountMinor)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="card" aria-labelledby="paid-title">
        <h2 className="card__title" id="paid-title">
          {t("mine.payments")}
        </h2>
        {d.payments.length === 0 && <p className="empty">{t("mine.none")}</p>}
        <ul className="rows" data-testid="my-payments">
          {paymentRows(d).map((row) =>
            row.kind === "payment" ? (
              <li key={row.key} className="row" data-testid="my-payment">
                <span className="row__date">{f.date(row.date)}</span>
                <span className="row__label">
                  {row.description}
                  {row.reversed ? ` · ${t("record.reversed")}` : ""}
                </span>
                <span className="row__amount">{f.money(row.amountMinor)}</span>
              </li>
            ) : (
              <li key={row.key} className="row" data-testid="my-payment-return">
                <span className="row__date">{f.date(row.date)}</span>
                <span className="row__label">{t(`mine.${row.kind}`)}</span>
                <span className="row__amount">{f.money(-row.amountMinor)}</span>
              </li>
            ),
          )}
        </ul>
      </section>
    </div>
  );
}
