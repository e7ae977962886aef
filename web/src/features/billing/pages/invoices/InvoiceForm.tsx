import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Unit, useCreateInvoice, usePreviewInvoice } from "../../lib/api";
import { BeneficiariesPicker, DecisionFields, ExemptPicker, FundField } from "../../lib/charge-fields";
import { fieldError, RequestError, SelectField, TextField } from "../../lib/ui";
import { ConsumptionFields } from "./ConsumptionFields";
import { distributionKeys, emptyInvoiceDraft, type InvoiceDraft, invoiceBodyOf } from "./invoice-draft";
import { PreviewTable } from "./PreviewTable";

/** Entering a supplier invoice: previewed per unit first, saved only after the preview. */
export function InvoiceForm({
  associationId,
  period,
  currency,
  units,
  onSaved,
}: {
  associationId: string;
  period: string;
  currency: string;
  units: Unit[];
  onSaved: () => void;
}) {
  const { t } = useTranslation("billing");
  const [d, setD] = useState(() => emptyInvoiceDraft(period));
  const preview = usePreviewInvoice(associationId);
  const create = useCreateInvoice(associationId);
  // Any change makes the preview stale: it must be previewed again before saving.
  const set = (patch: Partial<InvoiceDraft>) => {
    setD({ ...d, ...patch });
    preview.reset();
    create.reset();
  };
  const err = (path: string) => fieldError(preview.error ?? create.error, path);
  const onPreview = (event: FormEvent) => {
    event.preventDefault();
    preview.mutate(invoiceBodyOf(d, period, currency));
  };
  const onSave = () =>
    create.mutate(invoiceBodyOf(d, period, currency), {
      onSuccess: () => {
        setD(emptyInvoiceDraft(period));
        preview.reset();
        onSaved();
      },
    });

  return (
    <>
      <form
        className="card form"
        onSubmit={onPreview}
        noValidate
        aria-labelledby="invoice-form-title"
        data-testid="invoice-form"
      >
        <h2 className="card__title" id="invoice-form-title">
          {t("invoices.addTitle")}
        </h2>
        <div className="form-grid">
          <TextField
            label={t("invoices.name")}
            hint={t("invoices.nameHint")}
            error={err("name")}
            value={d.name}
            testId="invoice-name"
            onChange={(name) => set({ name })}
          />
          <TextField
            label={t("invoices.supplier")}
            error={err("supplier")}
            value={d.supplier}
            testId="invoice-supplier"
            onChange={(supplier) => set({ supplier })}
          />
          <TextField
            label={t("invoices.number")}
            error={err("number")}
            value={d.number}
            testId="invoice-number"
            onChange={(number) => set({ number })}
          />
          <TextField
            label={t("invoices.date")}
            error={err("date")}
            type="date"
            value={d.date}
            testId="invoice-date"
            onChange={(date) => set({ date })}
          />
          <TextField
            label={t("invoices.amount", { currency })}
            hint={t("common.decimalHint")}
            error={err("amount") ?? err("currency")}
            inputMode="decimal"
            value={d.amount}
            testId="invoice-amount"
            onChange={(amount) => set({ amount })}
          />
          <FundField value={d.fund} onChange={(fund) => set({ fund })} />
          <SelectField
            label={t("invoices.key")}
            hint={t(`keyHints.${d.key}`)}
            error={err("distribution")}
            value={d.key}
            options={distributionKeys.map((k) => ({ value: k, label: t(`keys.${k}`) }))}
            testId="invoice-key"
            onChange={(key) => set({ key })}
          />
        </div>
        {d.key === "beneficiaries" && (
          <BeneficiariesPicker
            units={units}
            selected={d.beneficiaries}
            onChange={(beneficiaries) => set({ beneficiaries })}
            testId="invoice-beneficiaries"
          />
        )}
        {d.key === "consumption" && <ConsumptionFields d={d} units={units} set={set} err={err} />}
        <details className="details">
          <summary>{t("invoices.more", { count: d.exempt.length })}</summary>
          <ExemptPicker units={units} selected={d.exempt} onChange={(exempt) => set({ exempt })} />
          <div className="form-grid">
            <DecisionFields number={d.decisionNumber} date={d.decisionDate} onChange={set} />
          </div>
        </details>
        <RequestError error={preview.error ?? create.error} />
        <div className="actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={preview.isPending}
            data-testid="invoice-preview-button"
          >
            {preview.isPending ? t("invoices.previewing") : t("invoices.preview")}
          </button>
          {preview.isSuccess && (
            <button
              type="button"
              className="button button--primary"
              disabled={create.isPending}
              data-testid="invoice-save"
              onClick={onSave}
            >
              {create.isPending ? t("common.saving") : t("invoices.save")}
            </button>
          )}
        </div>
        {!preview.isSuccess && <p className="field__hint">{t("invoices.previewFirst")}</p>}
      </form>
      {preview.data && <PreviewTable preview={preview.data} currency={currency} />}
    </>
  );
}
