import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "wouter";
import type { Me } from "../../../functions/identity/contracts";
import { toOwnerHome } from "../app/paths";

/** Shown only to people with more than one apartment (or association): jumps to another one. */
export function UnitSwitcher({ me, associationId, unitId }: { me: Me; associationId?: string; unitId?: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const id = useId();
  const choices = me.memberships.flatMap((m) =>
    m.units.map((u) => ({
      value: toOwnerHome(m.associationId, u.unitId),
      label: t("header.unitOption", { association: m.associationName, unit: u.number }),
    })),
  );
  if (choices.length < 2) return null;
  const current = associationId && unitId ? toOwnerHome(associationId, unitId) : "";
  return (
    <div className="field field--inline">
      <label htmlFor={id} className="field__label field__label--small">
        {t("header.switchUnit")}
      </label>
      <select
        id={id}
        className="select"
        data-testid="unit-switcher"
        value={current}
        onChange={(event) => navigate(event.target.value)}
      >
        {current === "" && <option value="" disabled />}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
