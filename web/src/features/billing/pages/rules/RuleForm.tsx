import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Unit, usePutRule } from "../../lib/api";
import { BeneficiariesPicker, DecisionFields, ExemptPicker, FundField, UomField } from "../../lib/charge-fields";
import { fieldError, newId, RequestError, SaveButton, SelectField, TextField } from "../../lib/ui";
import { isSplit, type RuleDraft, ruleBodyOf, ruleMethods } from "./rule-draft";

/** Adding or editing one charge rule. */
export function RuleForm({
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
  const split = isSplit(d.method);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const ruleId = d.isNew ? newId("rule", d.name) : d.ruleId;
    save.mutate({ ruleId, body: ruleBodyOf(d) }, { onSuccess: onDone });
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
        <TextField
          label={t("rules.name")}
          error={err("name")}
          value={d.name}
          testId="rule-name"
          onChange={(name) => set({ name })}
        />
        <SelectField
          label={t("rules.method")}
          hint={t(`methodHints.${d.method}`)}
          value={d.method}
          options={ruleMethods.map((m) => ({ value: m, label: t(`methods.${m}`) }))}
          testId="rule-method"
          onChange={(method) => set({ method })}
        />
        <TextField
          label={split ? t("rules.amountTotal") : t("rules.amountRate")}
          hint={t("common.decimalHint")}
          error={err("amount")}
          inputMode="decimal"
          value={d.amount}
          testId="rule-amount"
          onChange={(amount) => set({ amount })}
        />
        <FundField hint={t("rules.fundHint")} value={d.fund} testId="rule-fund" onChange={(fund) => set({ fund })} />
        {d.method === "rate_consumption" && (
          <>
            <TextField
              label={t("rules.meter")}
              hint={t("rules.meterHint")}
              error={err("meter")}
              value={d.meter}
              onChange={(meter) => set({ meter })}
            />
            <UomField value={d.uom} onChange={(uom) => set({ uom })} />
          </>
        )}
        <TextField
          label={t("rules.chargeType")}
          hint={t("rules.chargeTypeHint")}
          value={d.chargeType}
          onChange={(chargeType) => set({ chargeType })}
        />
        <TextField
          label={t("rules.validFrom")}
          error={err("validFrom")}
          type="month"
          value={d.validFrom}
          onChange={(validFrom) => set({ validFrom })}
        />
        <TextField
          label={t("rules.validTo")}
          hint={t("rules.validToHint")}
          error={err("validTo")}
          type="month"
          value={d.validTo}
          onChange={(validTo) => set({ validTo })}
        />
        <DecisionFields number={d.decisionNumber} date={d.decisionDate} error={err("decision")} onChange={set} />
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
        <BeneficiariesPicker
          units={units}
          selected={d.beneficiaries}
          onChange={(beneficiaries) => set({ beneficiaries })}
        />
      )}
      <details className="details">
        <summary>{t("rules.exemptions", { count: d.exempt.length })}</summary>
        <ExemptPicker units={units} selected={d.exempt} onChange={(exempt) => set({ exempt })} />
      </details>
      <RequestError error={save.error} />
      <div className="actions">
        <SaveButton pending={save.isPending} testId="rule-save" />
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
