import { useTranslation } from "react-i18next";
import type { Unit } from "../../lib/api";
import { UomField } from "../../lib/charge-fields";
import { SelectField, TextField } from "../../lib/ui";
import { differenceKeys, type InvoiceDraft } from "./invoice-draft";

/** An invoice divided by consumption: the unit, meter, building meter, difference key and each unit's quantity. */
export function ConsumptionFields({
  d,
  units,
  set,
  err,
}: {
  d: InvoiceDraft;
  units: Unit[];
  set: (patch: Partial<InvoiceDraft>) => void;
  err: (path: string) => string | undefined;
}) {
  const { t } = useTranslation("billing");
  return (
    <fieldset className="fieldset fieldset--plain">
      <legend className="field__label">{t("invoices.consumption")}</legend>
      <div className="form-grid">
        <UomField value={d.uom} onChange={(uom) => set({ uom })} />
        <TextField
          label={t("rules.meter")}
          hint={t("rules.meterHint")}
          value={d.meter}
          onChange={(meter) => set({ meter })}
        />
        <TextField
          label={t("invoices.buildingConsumption")}
          hint={t("invoices.buildingConsumptionHint")}
          inputMode="decimal"
          value={d.buildingConsumption}
          onChange={(buildingConsumption) => set({ buildingConsumption })}
        />
        <SelectField
          label={t("invoices.differenceKey")}
          value={d.differenceKey}
          options={differenceKeys.map((k) => ({ value: k, label: t(`keys.${k}`) }))}
          onChange={(differenceKey) => set({ differenceKey })}
        />
      </div>
      <div className="unit-picker unit-picker--inputs">
        {units.map((u) => (
          <TextField
            key={u.unitId}
            label={t("common.unitShort", { unit: u.number })}
            error={err(`consumption.${u.unitId}`)}
            className="input input--short"
            inputMode="decimal"
            value={d.consumption[u.unitId] ?? ""}
            onChange={(value) => set({ consumption: { ...d.consumption, [u.unitId]: value } })}
          />
        ))}
      </div>
    </fieldset>
  );
}
