import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { toBillingPeriod } from "../../../app/paths";
import { ErrorState, PageLoading } from "../../../components/States";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import {
  type InvoiceInput,
  type Preview,
  type Unit,
  useCreateInvoice,
  useDeleteInvoice,
  useInvoices,
  usePreviewInvoice,
  useRuns,
  useUnits,
} from "../lib/api";
import { ExplainedLine } from "../lib/explain";
import { parseAmountInput, useFormat } from "../lib/format";
import { nextOpenPeriod, PeriodField, useAssociationCurrency, usePeriodParam } from "../lib/period";
import { Field, fieldError, PageHeader, RequestError, Status, TableWrap, TextField } from "../lib/ui";
import { chargeFunds, uoms } from "./RulesPage";
import { UnitPicker } from "./UnitPicker";

const keys = ["equal", "share", "area", "persons", "consumption", "beneficiaries"] as const;
const differenceKeys = ["persons", "share", "area", "equal"] as const;

interface InvoiceDraft {
  supplier: string;
  number: string;
  date: string;
  amount: string;
  name: string;
  fund: (typeof chargeFunds)[number];
  key: (typeof keys)[number];
  beneficiaries: string[];
  exempt: string[];
  meter: string;
  uom: string;
  buildingConsumption: string;
  differenceKey: (typeof differenceKeys)[number];
  consumption: Record<string, string>;
  decisionNumber: string;
  decisionDate: string;
}

const emptyDraft = (period: string): InvoiceDraft => ({
  supplier: "",
  number: "",
  date: `${period}-01`,
  amount: "",
  name: "",
  fund: "maintenance",
  key: "share",
  beneficiaries: [],
  exempt: [],
  meter: "",
  uom: "m3",
  buildingConsumption: "",
  differenceKey: "persons",
  consumption: {},
  decisionNumber: "",
  decisionDate: "",
});

function bodyOf(d: InvoiceDraft, period: string, currency: string): InvoiceInput {
  const consumption = d.key === "consumption";
  const quantities = Object.fromEntries(
    Object.entries(d.consumption)
      .filter(([, q]) => q.trim() !== "")
      .map(([unitId, q]) => [unitId, parseAmountInput(q) ?? q]),
  );
  return {
    period,
    supplier: d.supplier.trim(),
    number: d.number.trim(),
    date: d.date,
    amount: parseAmountInput(d.amount) ?? d.amount.trim(),
    currency: currency as InvoiceInput["currency"],
    name: d.name.trim(),
    fund: d.fund,
    distribution: {
      key: d.key,
      ...(d.key === "beneficiaries" ? { beneficiaries: d.beneficiaries } : {}),
      ...(d.exempt.length > 0 ? { exempt: d.exempt } : {}),
      ...(consumption && d.meter.trim() ? { meter: d.meter.trim() } : {}),
      ...(consumption ? { uom: d.uom as NonNullable<InvoiceInput["distribution"]["uom"]> } : {}),
      ...(consumption && d.buildingConsumption.trim()
        ? {
            buildingConsumption: parseAmountInput(d.buildingConsumption) ?? d.buildingConsumption,
            differenceKey: d.differenceKey,
          }
        : {}),
    },
    ...(consumption ? { consumption: quantities } : {}),
    ...(d.decisionNumber.trim() && d.decisionDate
      ? { decision: { number: d.decisionNumber.trim(), date: d.decisionDate } }
      : {}),
  };
}

function PreviewTable({ preview, currency }: { preview: Preview; currency: string }) {
  const { t } = useTranslation("billing");
  const f = useFormat(currency);
  const balanced = preview.allocatedMinor === preview.totalMinor;
  return (
    <section className="card" aria-labelledby="preview-title" data-testid="invoice-preview">
      <h2 className="card__title" id="preview-title">
        {t("invoices.previewTitle")}
      </h2>
      <p className={balanced ? "notice notice--ok" : "notice notice--error"} data-testid="invoice-preview-total">
        {t("invoices.previewTotals", {
          total: f.money(preview.totalMinor),
          allocated: f.money(preview.allocatedMinor),
        })}
      </p>
      <TableWrap label={t("invoices.previewTitle")}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("common.unit")}</th>
              <th scope="col" className="num">
                {t("common.amount")}
              </th>
              <th scope="col">{t("common.explanation")}</th>
            </tr>
          </thead>
          <tbody>
            {[...preview.lines]
              .sort((a, b) => a.unitNumber.localeCompare(b.unitNumber, undefined, { numeric: true }))
              .map((line) => (
                <tr key={line.unitId} data-testid="preview-row">
                  <th scope="row">{line.unitNumber}</th>
                  <td className="num">{f.money(line.amountMinor)}</td>
                  <td>
                    <ExplainedLine line={line} currency={currency} compact />
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}

function InvoiceForm({
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
  const [d, setD] = useState(() => emptyDraft(period));
  const preview = usePreviewInvoice(associationId);
  const create = useCreateInvoice(associationId);
  const set = (patch: Partial<InvoiceDraft>) => {
    setD({ ...d, ...patch });
    preview.reset();
    create.reset();
  };
  const err = (path: string) => fieldError(preview.error ?? create.error, path);
  const onPreview = (event: FormEvent) => {
    event.preventDefault();
    preview.mutate(bodyOf(d, period, currency));
  };
  const onSave = () =>
    create.mutate(bodyOf(d, period, currency), {
      onSuccess: () => {
        setD(emptyDraft(period));
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
          <Field label={t("invoices.name")} hint={t("invoices.nameHint")} error={err("name")}>
            {(a) => (
              <input
                {...a}
                className="input"
                value={d.name}
                data-testid="invoice-name"
                onChange={(e) => set({ name: e.target.value })}
              />
            )}
          </Field>
          <Field label={t("invoices.supplier")} error={err("supplier")}>
            {(a) => (
              <input
                {...a}
                className="input"
                value={d.supplier}
                data-testid="invoice-supplier"
                onChange={(e) => set({ supplier: e.target.value })}
              />
            )}
          </Field>
          <Field label={t("invoices.number")} error={err("number")}>
            {(a) => (
              <input
                {...a}
                className="input"
                value={d.number}
                data-testid="invoice-number"
                onChange={(e) => set({ number: e.target.value })}
              />
            )}
          </Field>
          <Field label={t("invoices.date")} error={err("date")}>
            {(a) => (
              <input
                {...a}
                className="input"
                type="date"
                value={d.date}
                data-testid="invoice-date"
                onChange={(e) => set({ date: e.target.value })}
              />
            )}
          </Field>
          <Field
            label={t("invoices.amount", { currency })}
            hint={t("common.decimalHint")}
            error={err("amount") ?? err("currency")}
          >
            {(a) => (
              <input
                {...a}
                className="input"
                inputMode="decimal"
                value={d.amount}
                data-testid="invoice-amount"
                onChange={(e) => set({ amount: e.target.value })}
              />
            )}
          </Field>
          <Field label={t("rules.fund")}>
            {(a) => (
              <select
                {...a}
                className="select"
                value={d.fund}
                onChange={(e) => set({ fund: e.target.value as InvoiceDraft["fund"] })}
              >
                {chargeFunds.map((fund) => (
                  <option key={fund} value={fund}>
                    {t(`funds.${fund}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("invoices.key")} hint={t(`keyHints.${d.key}`)} error={err("distribution")}>
            {(a) => (
              <select
                {...a}
                className="select"
                value={d.key}
                data-testid="invoice-key"
                onChange={(e) => set({ key: e.target.value as InvoiceDraft["key"] })}
              >
                {keys.map((k) => (
                  <option key={k} value={k}>
                    {t(`keys.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {d.key === "beneficiaries" && (
          <UnitPicker
            legend={t("rules.beneficiaries")}
            hint={t("rules.beneficiariesHint")}
            units={units}
            selected={d.beneficiaries}
            onChange={(beneficiaries) => set({ beneficiaries })}
            testId="invoice-beneficiaries"
          />
        )}
        {d.key === "consumption" && (
          <fieldset className="fieldset fieldset--plain">
            <legend className="field__label">{t("invoices.consumption")}</legend>
            <div className="form-grid">
              <Field label={t("rules.uom")}>
                {(a) => (
                  <select {...a} className="select" value={d.uom} onChange={(e) => set({ uom: e.target.value })}>
                    {uoms.map((u) => (
                      <option key={u} value={u}>
                        {t(`uomName.${u}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <TextField
                label={t("rules.meter")}
                hint={t("rules.meterHint")}
                value={d.meter}
                onChange={(value) => set({ meter: value })}
              />
              <TextField
                label={t("invoices.buildingConsumption")}
                hint={t("invoices.buildingConsumptionHint")}
                inputMode="decimal"
                value={d.buildingConsumption}
                onChange={(value) => set({ buildingConsumption: value })}
              />
              <Field label={t("invoices.differenceKey")}>
                {(a) => (
                  <select
                    {...a}
                    className="select"
                    value={d.differenceKey}
                    onChange={(e) => set({ differenceKey: e.target.value as InvoiceDraft["differenceKey"] })}
                  >
                    {differenceKeys.map((k) => (
                      <option key={k} value={k}>
                        {t(`keys.${k}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <div className="unit-picker unit-picker--inputs">
              {units.map((u) => (
                <Field
                  key={u.unitId}
                  label={t("common.unitShort", { unit: u.number })}
                  error={err(`consumption.${u.unitId}`)}
                >
                  {(a) => (
                    <input
                      {...a}
                      className="input input--short"
                      inputMode="decimal"
                      value={d.consumption[u.unitId] ?? ""}
                      onChange={(e) => set({ consumption: { ...d.consumption, [u.unitId]: e.target.value } })}
                    />
                  )}
                </Field>
              ))}
            </div>
          </fieldset>
        )}
        <details className="details">
          <summary>{t("invoices.more", { count: d.exempt.length })}</summary>
          <UnitPicker
            legend={t("rules.exempt")}
            hint={t("rules.exemptHint")}
            units={units}
            selected={d.exempt}
            onChange={(exempt) => set({ exempt })}
          />
          <div className="form-grid">
            <TextField
              label={t("rules.decisionNumber")}
              hint={t("rules.decisionHint")}
              value={d.decisionNumber}
              onChange={(value) => set({ decisionNumber: value })}
            />
            <TextField
              label={t("rules.decisionDate")}
              type="date"
              value={d.decisionDate}
              onChange={(value) => set({ decisionDate: value })}
            />
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
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    aria-label={t("invoices.deleteInvoice", { name: inv.name })}
                    disabled={remove.isPending}
                    onClick={() => {
                      if (window.confirm(t("invoices.confirmDelete", { name: inv.name })))
                        remove.mutate({ period, invoiceId: inv.invoiceId });
                    }}
                  >
                    {t("common.delete")}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        <RequestError error={remove.error} />
      </section>
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
