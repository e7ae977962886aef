import { useTranslation } from "react-i18next";
import { ErrorState, PageLoading } from "../../../components/States";
import { useFormat } from "../../billing/lib/format";
import { usePayments } from "../api";

type DisputeState = "open" | "won" | "lost";

/** A card dispute of the payment, as a badge: the board sees it at once, and how it ended. */
function DisputeBadge({ state }: { state: DisputeState }) {
  const { t } = useTranslation("payments");
  return (
    <span className={`tag tag--dispute-${state}`} data-testid="dispute-badge" data-state={state}>
      {t(`record.dispute.${state}`)}
    </span>
  );
}

/** The association's latest payments, for the accountant and the board. */
export function RecentPayments({ associationId }: { associationId: string }) {
  const { t } = useTranslation("payments");
  const list = usePayments(associationId);
  const f = useFormat(list.data?.currency ?? "RON");
  if (list.isPending) return <PageLoading />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <section className="card">
      <h2 className="card__title">{t("record.recent")}</h2>
      {list.data.payments.length === 0 && <p className="empty">{t("record.none")}</p>}
      <ul className="rows">
        {list.data.payments.slice(0, 20).map((p) => (
          <li key={p.paymentId} className="row" data-testid="payment-row">
            <span className="row__date">{f.date(p.date)}</span>
            <span className="row__label">
              {p.unitId} · {t(`method.${p.method}`)}
              {p.status === "reversed" ? ` · ${t("record.reversed")}` : ""}
              {p.dispute && <DisputeBadge state={p.dispute.state} />}
            </span>
            <span className="row__amount">{f.money(p.amountMinor)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
