import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { toBillingPeriod } from "../../../app/paths";
import { ErrorState, PageLoading } from "../../../components/States";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { useDeleteInvoice, useInvoices, useRuns, useUnits } from "../lib/api";
import { useFormat } from "../lib/format";
import { nextOpenPeriod, PeriodField, useAssociationCurrency, usePeriodParam } from "../lib/period";
import { PageHeader, Status } from "../lib/ui";
import { InvoiceForm } from "./invoices/InvoiceForm";
import { InvoiceList } from "./invoices/InvoiceList";

/** Supplier invoices of a month: entered with an allocation preview per unit before saving. */
export default function InvoicesPage({ associationId }: { associationId: string }) {
  const { t } = useTranslation("billing");
  useDocumentTitle(t("invoices.title"));
  const runs = useRuns(associationId);
  const [period, setPeriod] = usePeriodParam(nextOpenPeriod(runs.data?.runs));
  const invoices = useInvoices(associationId, period);
  const units = useUnits(associationId);
  const remove = useDeleteInvoice(associationId);
  const currency = useAssociationCurrency(associationId);
  const f = useFormat(currency);
  const [saved, setSaved] = useState(false);
  const run = runs.data?.runs.find((r) => r.period === period);
  const closed = run !== undefined && run.status !== "draft";

  if (runs.isPending || units.isPending) return <PageLoading />;
  if (units.isError) return <ErrorState error={units.error} onRetry={() => void units.refetch()} />;

  return (
    <div className="page">
      <PageHeader title={t("invoices.title")} lead={t("invoices.lead")}>
        <PeriodField label={t("common.period")} value={period} onChange={setPeriod} testId="invoices-period" />
      </PageHeader>
      {closed && (
        <p className="notice" data-testid="invoices-closed">
          {t("invoices.closed", { period: f.period(period) })}{" "}
          <Link href={toBillingPeriod(associationId, period)}>{t("billing.openReview")}</Link>
        </p>
      )}
      <InvoiceList invoices={invoices} remove={remove} period={period} closed={closed} f={f} />
      {saved && (
        <Status testId="invoice-saved">
          {t("invoices.saved")} <Link href={toBillingPeriod(associationId, period)}>{t("billing.openReview")}</Link>
        </Status>
      )}
      {!closed && (
        <InvoiceForm
          key={period}
          associationId={associationId}
          period={period}
          currency={currency}
          units={units.data.units}
          onSaved={() => setSaved(true)}
        />
      )}
    </div>
  );
}
