import { useState } from "react";
import { useTranslation } from "react-i18next";
import { minorToInput, parseAmountInput, useFormat } from "../../billing/lib/format";
import { RequestError } from "../../billing/lib/ui";
import { useCardPayment } from "../api";
import { newKey } from "../ui";

/**
 * "Pay by card": the fee and the total are shown first (no hidden fees at checkout); only after
 * the owner accepts that total does the server open the processor's page, where the money goes
 * to the association's own account.
 */
export function CardPayment(props: {
  associationId: string;
  unitId: string;
  currency: string;
  openMinor: number;
  openQuote?: { amountMinor: number; feeMinor: number; totalMinor: number };
}) {
  const { t } = useTranslation("payments");
  const f = useFormat(props.currency);
  const card = useCardPayment(props.associationId, props.unitId);
  const [amount, setAmount] = useState(props.openMinor > 0 ? minorToInput(props.openMinor) : "");
  const [quote, setQuote] = useState(props.openQuote);
  const [key] = useState(newKey);
  const parsed = parseAmountInput(amount);
  const ask = (body: { amount: string; acceptedTotalMinor?: number }) =>
    card.mutate(
      { ...body, idempotencyKey: key },
      {
        onSuccess: (out) => {
          if (out.checkoutUrl) window.location.assign(out.checkoutUrl);
          else setQuote({ amountMinor: out.amountMinor, feeMinor: out.feeMinor, totalMinor: out.totalMinor });
        },
      },
    );
  return (
    <form
      className="form"
      data-testid="card-payment"
      onSubmit={(e) => {
        e.preventDefault();
        if (parsed && quote) ask({ amount: parsed, acceptedTotalMinor: quote.totalMinor });
      }}
    >
      <label className="field__label" htmlFor="card-amount">
        {t("pay.cardAmount")}
      </label>
      <input
        id="card-amount"
        className="input input--short"
        inputMode="decimal"
        value={amount}
        onChange={(e) => {
          setAmount(e.target.value);
          setQuote(undefined);
        }}
      />
      {amount && !parsed && <p className="field__error">{t("pay.cardInvalid")}</p>}
      {quote ? (
        <dl className="facts" data-testid="card-quote">
          <dt>{t("pay.amount")}</dt>
          <dd>{f.money(quote.amountMinor)}</dd>
          <dt>{t("pay.cardFee")}</dt>
          <dd>{f.money(quote.feeMinor)}</dd>
          <dt>{t("pay.cardTotal")}</dt>
          <dd className="strong">{f.money(quote.totalMinor)}</dd>
        </dl>
      ) : (
        <button
          type="button"
          className="button"
          disabled={!parsed || card.isPending}
          onClick={() => parsed && ask({ amount: parsed })}
        >
          {t("pay.cardQuote")}
        </button>
      )}
      <p className="field__hint">{t("pay.cardNote")}</p>
      {quote && (
        <button type="submit" className="button button--primary" disabled={card.isPending} data-testid="card-go">
          {t("pay.cardGo", { total: f.money(quote.totalMinor) })}
        </button>
      )}
      <RequestError error={card.error} />
    </form>
  );
}
