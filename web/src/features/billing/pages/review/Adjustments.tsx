import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Review, useAdjust } from "../../lib/api";
import { FundField } from "../../lib/charge-fields";
import type { ChargeFund } from "../../lib/charge-options";
import { parseAmountInput, useFormat } from "../../lib/format";
import { fieldError, newId, RequestError, SaveButton, SelectField, Status, TextField } from "../../lib/ui";

/** A correction to a published month: a new entry for one unit and fund, never an edit of the bill. */
export function Adjustments({
  associationId,
  period,
  review,
}: {
  associationId: string;
  period: string;
  review: Review;
}) {
  const { t } = useTranslation("billing");
  const adjust = useAdjust(associationId, period);
  const f = useFormat(review.currency);
  const [unitId, setUnitId] = useState(review.units[0]?.unitId ?? "");
  const [fund, setFund] = useState<ChargeFund>("maintenance");
  const [amount, setAmount] = useState("");
  const [reason, setReason] = useState("");
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    adjust.mutate(
      { adjustmentId: newId("adj"), unitId, fund, amount: parseAmountInput(amount) ?? amount, reason: reason.trim() },
      {
        onSuccess: () => {
          setAmount("");
          setReason("");
        },
      },
    );
  };
  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby="adjust-title" data-testid="adjust-form">
      <h2 className="card__title" id="adjust-title">
        {t("adjust.title")}
      </h2>
      <p className="field__hint">{t("adjust.lead")}</p>
      <div className="form-grid">
        <SelectField
          label={t("common.unit")}
          error={fieldError(adjust.error, "unitId")}
          value={unitId}
          options={review.units.map((u) => ({ value: u.unitId, label: t("common.unitShort", { unit: u.number }) }))}
          onChange={setUnitId}
        />
        <FundField value={fund} onChange={setFund} />
        <TextField
          label={t("adjust.amount")}
          hint={t("adjust.amountHint")}
          error={fieldError(adjust.error, "amount")}
          inputMode="decimal"
          value={amount}
          onChange={setAmount}
        />
        <TextField
          label={t("adjust.reason")}
          error={fieldError(adjust.error, "reason")}
          value={reason}
          onChange={setReason}
        />
      </div>
      <RequestError error={adjust.error} />
      {adjust.data && (
        <Status testId="adjust-done">{t("adjust.done", { amount: f.money(adjust.data.amountMinor, true) })}</Status>
      )}
      <div className="actions">
        <SaveButton
          pending={adjust.isPending}
          disabled={!amount || reason.trim().length < 3}
          label={t("adjust.submit")}
        />
      </div>
    </form>
  );
}
