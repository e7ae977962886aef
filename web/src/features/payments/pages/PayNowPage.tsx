import { useTranslation } from "react-i18next";
import { useSearch } from "wouter";
import { payQrFile } from "../../../../../functions/payments/contracts-pay";
import { ErrorState, PageLoading } from "../../../components/States";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { fileUrl } from "../../billing/lib/download";
import { useFormat } from "../../billing/lib/format";
import { ReceiptButton } from "../../owner/ReceiptButton";
import { usePayNow } from "../api";
import { CardPayment } from "./CardPayment";

/** "Pay now": the payment QR and the transfer details, straight into the association's account. */
export default function PayNowPage({ associationId, unitId }: { associationId: string; unitId: string }) {
  const { t } = useTranslation("payments");
  useDocumentTitle(t("pay.title"));
  const pay = usePayNow(associationId, unitId);
  const f = useFormat(pay.data?.currency ?? "RON");
  const cardResult = new URLSearchParams(useSearch()).get("card");
  if (pay.isPending) return <PageLoading />;
  if (pay.isError) return <ErrorState error={pay.error} onRetry={() => void pay.refetch()} />;
  const d = pay.data;
  return (
    <div className="page page--narrow">
      <h1 className="page__title">{t("pay.title")}</h1>
      {d.amountMinor <= 0 ? (
        <p className="notice notice--ok">{t("mine.nothing")}</p>
      ) : (
        <section className="card" aria-labelledby="transfer-title">
          <h2 className="card__title" id="transfer-title">
            {t("pay.transfer")}
          </h2>
          {d.qrAvailable ? (
            <>
              <img
                className="id-qr__image"
                src={fileUrl(payQrFile.path, { associationId, unitId })}
                alt={t("pay.qrAlt", { amount: f.money(d.amountMinor) })}
                width={200}
                height={200}
                data-testid="pay-qr"
              />
              <p className="field__hint">{t("pay.qrHint")}</p>
            </>
          ) : (
            <p className="notice" data-testid="pay-qr-unavailable">
              {t("pay.qrTooLarge")}
            </p>
          )}
          <dl className="facts" data-testid="transfer-details">
            <dt>{t("pay.amount")}</dt>
            <dd className="strong">{f.money(d.amountMinor)}</dd>
            <dt>{t("pay.payee")}</dt>
            <dd>{d.payee}</dd>
            <dt>{t("pay.iban")}</dt>
            <dd className="mono">{d.iban}</dd>
            <dt>{t("pay.bank")}</dt>
            <dd>{d.bankName}</dd>
            <dt>{t("pay.reference")}</dt>
            <dd className="mono">{d.reference}</dd>
          </dl>
          <ReceiptButton associationId={associationId} unitId={unitId} label={t("pay.receipt")} secondary />
        </section>
      )}
      <section className="card">
        <h2 className="card__title">{t("pay.card")}</h2>
        {cardResult === "done" && (
          <p className="notice notice--ok" role="status">
            {t("pay.cardDone")}
          </p>
        )}
        {cardResult === "cancelled" && <p className="notice">{t("pay.cardCancelled")}</p>}
        {d.cardAvailable ? (
          <CardPayment
            associationId={associationId}
            unitId={unitId}
            currency={d.currency}
            openMinor={d.amountMinor}
            openQuote={d.cardQuote}
          />
        ) : (
          <p>{t("pay.noCard")}</p>
        )}
      </section>
    </div>
  );
}
