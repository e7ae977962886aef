import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../../components/States";
import type { useDeleteInvoice, useInvoices } from "../../lib/api";
import type { Format } from "../../lib/format";
import { DeleteAction, RequestError } from "../../lib/ui";

/** The month's invoices; deletable while the month is still open. */
export function InvoiceList({
  invoices,
  remove,
  period,
  closed,
  f,
}: {
  /** Owned by the page, so the list starts loading with the page rather than after it. */
  invoices: ReturnType<typeof useInvoices>;
  remove: ReturnType<typeof useDeleteInvoice>;
  period: string;
  /** The month is published: its invoices can no longer change. */
  closed: boolean;
  f: Format;
}) {
  const { t } = useTranslation("billing");
  return (
    <section className="card" aria-labelledby="invoices-list">
      <h2 className="card__title" id="invoices-list">
        {t("invoices.listTitle", { period: f.period(period) })}
      </h2>
      {invoices.isError && <ErrorState error={invoices.error} onRetry={() => void invoices.refetch()} />}
      {invoices.data && invoices.data.invoices.length === 0 && <p className="empty">{t("invoices.none")}</p>}
      {invoices.data && invoices.data.invoices.length > 0 && (
        <ul className="rows" data-testid="invoices">
          {invoices.data.invoices.map((inv) => (
            <li key={inv.invoiceId} className="row" data-testid="invoice-row">
              <span className="row__label">
                {inv.name}
                <span className="row__meta">
                  {t("invoices.meta", { supplier: inv.supplier, number: inv.number, date: f.date(inv.date) })} ·{" "}
                  {t(`keys.${inv.distribution.key}`)}
                </span>
              </span>
              <span className="row__amount">{f.money(inv.amountMinor)}</span>
              {!closed && (
                <DeleteAction
                  label={t("invoices.deleteInvoice", { name: inv.name })}
                  confirmText={t("invoices.confirmDelete", { name: inv.name })}
                  disabled={remove.isPending}
                  onConfirm={() => remove.mutate({ period, invoiceId: inv.invoiceId })}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <RequestError error={remove.error} />
    </section>
  );
}
