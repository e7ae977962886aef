import { useTranslation } from "react-i18next";
import { useUnits } from "../billing/lib/api";

/** A select of the association's units ("Ap. 12"); the first option is empty. */
export function UnitSelect({
  associationId,
  value,
  onChange,
  id,
  testId,
}: {
  associationId: string;
  value: string;
  onChange: (unitId: string) => void;
  id?: string;
  testId?: string;
}) {
  const { t } = useTranslation("payments");
  const units = useUnits(associationId);
  return (
    <select id={id} className="select" value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
      <option value="">{t("common.chooseUnit")}</option>
      {(units.data?.units ?? []).map((u) => (
        <option key={u.unitId} value={u.unitId}>
          {t("common.unit", { number: u.number })}
        </option>
      ))}
    </select>
  );
}

/** Today's date in the browser's calendar, as YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A fresh idempotency key for one submitted form (a retry of the same submission reuses it). */
export function newKey(): string {
  return `k${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}
