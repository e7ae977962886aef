import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, PageLoading } from "../../../components/States";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { type Rule, type RuleInput, type Unit, useDeleteRule, usePutRule, useRules, useUnits } from "../lib/api";
import { currentPeriod, parseAmountInput, useFormat } from "../lib/format";
import { Field, fieldError, newId, PageHeader, RequestError, Status, TableWrap, TextField } from "../lib/ui";
import { UnitPicker } from "./UnitPicker";

export const ruleMethods = [
  "fixed",
  "rate_area",
  "rate_person",
  "rate_consumption",
  "split_equal",
  "split_share",
  "split_area",
  "split_persons",
] as const;
export const chargeFunds = ["maintenance", "repair", "working_capital", "other"] as const;
export const uoms = ["m3", "kwh", "gcal", "gj", "unit"] as const;

interface RuleDraft {
  ruleId: string;
  isNew: boolean;
  name: string;
  chargeType: string;
  method: RuleInput["method"];
  amount: string;
  fund: (typeof chargeFunds)[number];
  meter: string;
  uom: string;
  exempt: string[];
  limitBeneficiaries: boolean;
  beneficiaries: string[];
  decisionNumber: string;
  decisionDate: string;
  validFrom: string;
  validTo: string;
}

function draftOf(r: Rule): RuleDraft {
  return {
    ruleId: r.ruleId,
    isNew: false,
    name: r.name,
    chargeType: r.chargeType ?? "",
    method: r.method,
    amount: r.amount,
    fund: r.fund,
    meter: r.meter ?? "",
    uom: r.uom ?? "m3",
    exempt: r.exempt,
    limitBeneficiaries: r.beneficiaries !== undefined,
    beneficiaries: r.beneficiaries ?? [],
    decisionNumber: r.decision?.number ?? "",
    decisionDate: r.decision?.date ?? "",
    validFrom: r.validFrom,
    validTo: r.validTo ?? "",
  };
}

const emptyDraft = (): RuleDraft => ({
  ruleId: "",
  isNew: true,
  name: "",
  chargeType: "",
  method: "fixed",
  amount: "",
  fund: "maintenance",
  meter: "",
  uom: "m3",
  exempt: [],
  limitBeneficiaries: false,
  beneficiaries: [],
  decisionNumber: "",
  decisionDate: "",
  validFrom: currentPeriod(),
  validTo: "",
});

function bodyOf(d: RuleDraft): RuleInput {
  const consumption = d.method === "rate_consumption";
  const split = d.method.startsWith("split_");
  return {
    name: d.name.trim(),
    ...(d.chargeType.trim() ? { chargeType: d.chargeType.trim() } : {}),
    method: d.method,
    amount: parseAmountInput(d.amount) ?? d.amount,
    fund: d.fund,
    ...(consumption && d.meter.trim() ? { meter: d.meter.trim() } : {}),
    ...(consumption ? { uom: d.uom as RuleInput["uom"] } : {}),
    exempt: d.exempt,
    ...(split && d.limitBeneficiaries ? { beneficiaries: d.beneficiaries } : {}),
    ...(d.decisionNumber.trim() && d.decisionDate
      ? { decision: { number: d.decisionNumber.trim(), date: d.decisionDate } }
      : {}),
    validFrom: d.validFrom,
    ...(d.validTo ? { validTo: d.validTo } : {}),
  };
}

function RuleForm({
  associationId,
  units,
  draft,
  onDone,
}: {
  associationId: string;
  units: Unit[];
  draft: RuleDraft;
  onDone: () => void;
}) {
  const { t } = useTranslation("billing");
  const [d, setD] = useState(draft);
  const save = usePutRule(associationId);
  const set = (patch: Partial<RuleDraft>) => {
    setD({ ...d, ...patch });
    save.reset();
  };
  const err = (path: string) => fieldError(save.error, path);
  const split = d.method.startsWith("split_");
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const ruleId = d.isNew ? newId("rule", d.name) : d.ruleId;
    save.mutate({ ruleId, body: bodyOf(d) }, { onSuccess: onDone });
  };
  return (
    <form
      className="card form"
      onSubmit={onSubmit}
      noValidate
      data-testid="rule-form"
      aria-labelledby="rule-form-title"
    >
      <h2 className="card__title" id="rule-form-title">
        {d.isNew ? t("rules.addTitle") : t("rules.editTitle", { name: d.name })}
      </h2>
      <div className="form-grid">
        <Field label={t("rules.name")} error={err("name")}>
          {(a) => (
            <input
              {...a}
              className="input"
              value={d.name}
              data-testid="rule-name"
              onChange={(e) => set({ name: e.target.value })}
            />
          )}
        </Field>
        <Field label={t("rules.method")} hint={t(`methodHints.${d.method}`)}>
          {(a) => (
            <select
              {...a}
              className="select"
              value={d.method}
              data-testid="rule-method"
              onChange={(e) => set({ method: e.target.value as RuleDraft["method"] })}
            >
              {ruleMethods.map((m) => (
                <option key={m} value={m}>
                  {t(`methods.${m}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={split ? t("rules.amountTotal") : t("rules.amountRate")}
          hint={t("common.decimalHint")}
          error={err("amount")}
        >
          {(a) => (
            <input
              {...a}
              className="input"
              inputMode="decimal"
              value={d.amount}
              data-testid="rule-amount"
              onChange={(e) => set({ amount: e.target.value })}
            />
          )}
        </Field>
        <Field label={t("rules.fund")} hint={t("rules.fundHint")}>
          {(a) => (
            <select
              {...a}
              className="select"
              value={d.fund}
              data-testid="rule-fund"
              onChange={(e) => set({ fund: e.target.value as RuleDraft["fund"] })}
            >
              {chargeFunds.map((fund) => (
                <option key={fund} value={fund}>
                  {t(`funds.${fund}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {d.method === "rate_consumption" && (
          <>
            <TextField
              label={t("rules.meter")}
              hint={t("rules.meterHint")}
              error={err("meter")}
              value={d.meter}
              onChange={(value) => set({ meter: value })}
            />
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
          </>
        )}
        <TextField
          label={t("rules.chargeType")}
          hint={t("rules.chargeTypeHint")}
          value={d.chargeType}
          onChange={(value) => set({ chargeType: value })}
        />
        <TextField
          label={t("rules.validFrom")}
          error={err("validFrom")}
          type="month"
          value={d.validFrom}
          onChange={(value) => set({ validFrom: value })}
        />
        <TextField
          label={t("rules.validTo")}
          hint={t("rules.validToHint")}
          error={err("validTo")}
          type="month"
          value={d.validTo}
          onChange={(value) => set({ validTo: value })}
        />
        <TextField
          label={t("rules.decisionNumber")}
          hint={t("rules.decisionHint")}
          error={err("decision")}
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
      {split && (
        <label className="choice">
          <input
            type="checkbox"
            checked={d.limitBeneficiaries}
            onChange={(e) =>
              set({
                limitBeneficiaries: e.target.checked,
                beneficiaries: d.beneficiaries.length ? d.beneficiaries : units.map((u) => u.unitId),
              })
            }
          />
          {t("rules.limitBeneficiaries")}
        </label>
      )}
      {split && d.limitBeneficiaries && (
        <UnitPicker
          legend={t("rules.beneficiaries")}
          hint={t("rules.beneficiariesHint")}
          units={units}
          selected={d.beneficiaries}
          onChange={(beneficiaries) => set({ beneficiaries })}
        />
      )}
      <details className="details">
        <summary>{t("rules.exemptions", { count: d.exempt.length })}</summary>
        <UnitPicker
          legend={t("rules.exempt")}
          hint={t("rules.exemptHint")}
          units={units}
          selected={d.exempt}
          onChange={(exempt) => set({ exempt })}
        />
      </details>
      <RequestError error={save.error} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={save.isPending} data-testid="rule-save">
          {save.isPending ? t("common.saving") : t("common.save")}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

/** Charge rules: effective-dated, each with its method, fund, exemptions and the decision behind it. */
export default function RulesPage({ associationId }: { associationId: string }) {
  const { t } = useTranslation("billing");
  useDocumentTitle(t("rules.title"));
  const rules = useRules(associationId);
  const units = useUnits(associationId);
  const remove = useDeleteRule(associationId);
  const [editing, setEditing] = useState<RuleDraft | null>(null);
  const [saved, setSaved] = useState(false);
  const f = useFormat("RON");

  if (rules.isPending || units.isPending) return <PageLoading />;
  if (rules.isError) return <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />;
  if (units.isError) return <ErrorState error={units.error} onRetry={() => void units.refetch()} />;

  return (
    <div className="page">
      <PageHeader title={t("rules.title")} lead={t("rules.lead")}>
        <div className="actions">
          <button
            type="button"
            className="button"
            data-testid="rule-add"
            onClick={() => {
              setSaved(false);
              setEditing(emptyDraft());
            }}
          >
            {t("rules.add")}
          </button>
        </div>
      </PageHeader>
      {editing && (
        <RuleForm
          key={editing.ruleId || "new"}
          associationId={associationId}
          units={units.data.units}
          draft={editing}
          onDone={() => {
            setEditing(null);
            setSaved(true);
          }}
        />
      )}
      {saved && !editing && <Status testId="rule-saved">{t("rules.saved")}</Status>}
      <RequestError error={remove.error} />
      {rules.data.rules.length === 0 ? (
        <p className="empty">{t("rules.none")}</p>
      ) : (
        <TableWrap label={t("rules.title")}>
          <table className="table" data-testid="rules-table">
            <thead>
              <tr>
                <th scope="col">{t("rules.name")}</th>
                <th scope="col">{t("rules.method")}</th>
                <th scope="col" className="num">
                  {t("rules.amount")}
                </th>
                <th scope="col">{t("rules.fund")}</th>
                <th scope="col">{t("rules.valid")}</th>
                <th scope="col">{t("rules.decision")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("common.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rules.data.rules.map((r) => (
                <tr key={r.ruleId} data-testid="rule-row" data-rule-id={r.ruleId}>
                  <th scope="row">
                    {r.name}
                    {(r.exempt.length > 0 || r.beneficiaries) && (
                      <span className="row__meta">
                        {r.exempt.length > 0 && t("rules.exemptCount", { count: r.exempt.length })}{" "}
                        {r.beneficiaries && t("rules.beneficiaryCount", { count: r.beneficiaries.length })}
                      </span>
                    )}
                  </th>
                  <td>{t(`methods.${r.method}`)}</td>
                  <td className="num">{f.decimal(r.amount, { minFraction: 2 })}</td>
                  <td>{t(`funds.${r.fund}`)}</td>
                  <td>
                    {f.period(r.validFrom)} – {r.validTo ? f.period(r.validTo) : t("rules.openEnded")}
                  </td>
                  <td>
                    {r.decision
                      ? t("rules.decisionShort", { number: r.decision.number, date: f.date(r.decision.date) })
                      : "—"}
                  </td>
                  <td className="table__actions">
                    <button
                      type="button"
                      className="button button--small button--secondary"
                      aria-label={t("rules.editRule", { name: r.name })}
                      onClick={() => {
                        setSaved(false);
                        setEditing(draftOf(r));
                      }}
                    >
                      {t("common.edit")}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--secondary"
                      aria-label={t("rules.deleteRule", { name: r.name })}
                      disabled={remove.isPending}
                      onClick={() => {
                        if (window.confirm(t("rules.confirmDelete", { name: r.name }))) remove.mutate(r.ruleId);
                      }}
                    >
                      {t("common.delete")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </div>
  );
}
