import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { minorToInput, parseAmountInput, useFormat } from "../../billing/lib/format";
import { Field, RequestError } from "../../billing/lib/ui";
import { previewAllocation } from "../allocation";
import { useRecordPayment, useUnitDebts } from "../api";
import { newKey, today, UnitSelect } from "../ui";
import { RecentPayments } from "./RecentPayments";

/** Whole minor units of a typed amount ("312,40" → 31240), or undefined (preview only; the server parses too). */
function minorOf(text: string): number | undefined {
  const decimal = parseAmountInput(text);
  if (!decimal || decimal.startsWith("-")) return undefined;
  const [int = "0", frac = ""] = decimal.split(".");
  if (frac.length > 2) return undefined;
  return Number(int) * 100 + Number(frac.padEnd(2, "0"));
}

function Preview({ associationId, unitId, amount }: { associationId: string; unitId: string; amount: string }) {
  const { t } = useTranslation("payments");
  const debts = useUnitDebts(associationId, unitId || undefined);
  const f = useFormat(debts.data?.currency ?? "RON");
  if (!unitId || !debts.data) return null;
  const minor = minorOf(amount);
  const parts = minor ? previewAllocation(debts.data.debts, minor) : [];
  return (
    <section className="card" aria-live="polite" data-testid="allocation-preview">
      <h2 className="card__title">{t("record.preview")}</h2>
      <p>{t("record.owes", { amount: f.money(debts.data.totalMinor) })}</p>
      {parts.length > 0 && (
        <ul className="rows">
          {parts.map((p) => (
            <li key={`${p.kind}-${p.debtId ?? "credit"}`} className="row">
              <span className="row__label">{p.kind === "credit" ? t("record.credit") : p.label}</span>
              {p.kind === "penalty" && <span className="tag">{t("record.penalty")}</span>}
              <span className="row__amount">{f.money(p.amountMinor)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The accountant records a cash or transfer payment and sees where it will go before saving. */
export default function RecordPaymentPage({ associationId }: { associationId: string }) {
  const { t } = useTranslation("payments");
  useDocumentTitle(t("record.title"));
  const save = useRecordPayment(associationId);
  const [unitId, setUnitId] = useState("");
  const [amount, setAmount] = useState("");
  const [date, setDate] = useState(today());
  const [method, setMethod] = useState<"cash" | "transfer">("transfer");
  const [receipt, setReceipt] = useState("");
  const [key, setKey] = useState(newKey);
  const debts = useUnitDebts(associationId, unitId || undefined);
  const submit = () => {
    const body = {
      idempotencyKey: key,
      unitId,
      amount: parseAmountInput(amount) ?? amount,
      date,
      method,
      ...(method === "cash" && receipt ? { receiptNumber: receipt } : {}),
    };
    save.mutate(body, { onSuccess: () => setKey(newKey()) });
  };
  return (
    <div className="page">
      <h1 className="page__title">{t("record.title")}</h1>
      <form
        className="card form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Field label={t("common.unitLabel")}>
          {(p) => <UnitSelect associationId={associationId} value={unitId} onChange={setUnitId} id={p.id} />}
        </Field>
        <Field label={t("record.amount")} hint={t("record.amountHint")}>
          {(p) => (
            <input
              {...p}
              className="input"
              inputMode="decimal"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
            />
          )}
        </Field>
        {debts.data && debts.data.totalMinor > 0 && (
          <button type="button" className="link-button" onClick={() => setAmount(minorToInput(debts.data.totalMinor))}>
            {t("record.payAll")}
          </button>
        )}
        <Field label={t("record.date")}>
          {(p) => <input {...p} className="input" type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <fieldset className="fieldset">
          <legend className="field__label">{t("record.method")}</legend>
          {(["transfer", "cash"] as const).map((m) => (
            <label key={m} className="choice choice--compact">
              <input type="radio" name="method" checked={method === m} onChange={() => setMethod(m)} />{" "}
              {t(`method.${m}`)}
            </label>
          ))}
        </fieldset>
        {method === "cash" && (
          <Field label={t("record.receipt")}>
            {(p) => <input {...p} className="input" value={receipt} onChange={(e) => setReceipt(e.target.value)} />}
          </Field>
        )}
        <button type="submit" className="button button--primary" disabled={!unitId || !amount || save.isPending}>
          {t("record.submit")}
        </button>
        {save.isSuccess && (
          <p className="notice notice--ok" role="status">
            {save.data.created ? t("record.saved") : t("record.already")}
          </p>
        )}
        <RequestError error={save.error} />
      </form>
      <Preview associationId={associationId} unitId={unitId} amount={amount} />
      <RecentPayments associationId={associationId} />
    </div>
  );
}
