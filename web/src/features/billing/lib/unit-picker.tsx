import { useTranslation } from "react-i18next";
import type { Unit } from "./api";

/** A list of units as checkboxes (exemptions, beneficiaries), with "all" and "none". */
export function UnitPicker({
  legend,
  hint,
  units,
  selected,
  onChange,
  testId,
}: {
  legend: string;
  hint?: string;
  units: Unit[];
  selected: string[];
  onChange: (ids: string[]) => void;
  testId?: string;
}) {
  const { t } = useTranslation("billing");
  const chosen = new Set(selected);
  return (
    <fieldset className="fieldset fieldset--plain" data-testid={testId}>
      <legend className="field__label">
        {legend} <span className="card__count">{t("common.selected", { count: chosen.size })}</span>
      </legend>
      {hint && <p className="field__hint">{hint}</p>}
      <div className="actions actions--tight">
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => onChange(units.map((u) => u.unitId))}
        >
          {t("common.all")}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={() => onChange([])}>
          {t("common.none")}
        </button>
      </div>
      <div className="unit-picker">
        {units.map((u) => (
          <label key={u.unitId} className="choice choice--compact">
            <input
              type="checkbox"
              value={u.unitId}
              checked={chosen.has(u.unitId)}
              onChange={(e) =>
                onChange(e.target.checked ? [...selected, u.unitId] : selected.filter((id) => id !== u.unitId))
              }
            />
            {t("common.unitShort", { unit: u.number })}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
