import { useTranslation } from "react-i18next";
import type { Unit } from "./api";
import { type ChargeFund, chargeFunds, uoms } from "./charge-options";
import { SelectField, TextField } from "./ui";
import { UnitPicker } from "./unit-picker";

/** The fund a charge is booked to (rules, invoices, adjustments). */
export function FundField({
  value,
  onChange,
  hint,
  testId,
}: {
  value: ChargeFund;
  onChange: (fund: ChargeFund) => void;
  hint?: string;
  testId?: string;
}) {
  const { t } = useTranslation("billing");
  return (
    <SelectField
      label={t("rules.fund")}
      hint={hint}
      value={value}
      options={chargeFunds.map((fund) => ({ value: fund, label: t(`funds.${fund}`) }))}
      onChange={onChange}
      testId={testId}
    />
  );
}

/** The unit a consumption-based charge is measured in. */
export function UomField({ value, onChange }: { value: string; onChange: (uom: string) => void }) {
  const { t } = useTranslation("billing");
  return (
    <SelectField
      label={t("rules.uom")}
      value={value}
      options={uoms.map((u) => ({ value: u, label: t(`uomName.${u}`) }))}
      onChange={onChange}
    />
  );
}

/** The number and date of the owners' decision behind a charge; both or neither are sent. */
export function DecisionFields({
  number,
  date,
  error,
  onChange,
}: {
  number: string;
  date: string;
  error?: string;
  onChange: (patch: { decisionNumber?: string; decisionDate?: string }) => void;
}) {
  const { t } = useTranslation("billing");
  return (
    <>
      <TextField
        label={t("rules.decisionNumber")}
        hint={t("rules.decisionHint")}
        error={error}
        value={number}
        onChange={(value) => onChange({ decisionNumber: value })}
      />
      <TextField
        label={t("rules.decisionDate")}
        type="date"
        value={date}
        onChange={(value) => onChange({ decisionDate: value })}
      />
    </>
  );
}

/** The units a charge skips (rules and invoices alike). */
export function ExemptPicker({
  units,
  selected,
  onChange,
}: {
  units: Unit[];
  selected: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation("billing");
  return (
    <UnitPicker
      legend={t("rules.exempt")}
      hint={t("rules.exemptHint")}
      units={units}
      selected={selected}
      onChange={onChange}
    />
  );
}

/** The only units a split charge is divided over. */
export function BeneficiariesPicker({
  units,
  selected,
  onChange,
  testId,
}: {
  units: Unit[];
  selected: string[];
  onChange: (ids: string[]) => void;
  testId?: string;
}) {
  const { t } = useTranslation("billing");
  return (
    <UnitPicker
      legend={t("rules.beneficiaries")}
      hint={t("rules.beneficiariesHint")}
      units={units}
      selected={selected}
      onChange={onChange}
      testId={testId}
    />
  );
}
