import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../format/date";
import { currentLocale } from "../../i18n";
import { Field } from "../billing/lib/ui";
import { type MeterSettings, useMeterSettings, useSaveMeterSettings } from "./admin-api";
import { errorAt, RequestProblem } from "./ui";

/** A day of the month as typed; NaN when it is not a whole number, so the server names the field. */
const dayOf = (text: string) => (/^\d{1,2}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

function DayField({
  label,
  value,
  error,
  testId,
  onChange,
}: {
  label: string;
  value: string;
  error?: string;
  testId: string;
  onChange(v: string): void;
}) {
  return (
    <Field label={label} error={error}>
      {(a) => (
        <input
          {...a}
          className="input input--short"
          inputMode="numeric"
          value={value}
          data-testid={testId}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

function WindowForm({
  associationId,
  current,
  onDone,
}: {
  associationId: string;
  current: MeterSettings;
  onDone(): void;
}) {
  const { t } = useTranslation("meters");
  const save = useSaveMeterSettings(associationId);
  const [fromDay, setFrom] = useState(String(current.fromDay));
  const [toDay, setTo] = useState(String(current.toDay));
  const [mode, setMode] = useState(current.mode);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ fromDay: dayOf(fromDay), toDay: dayOf(toDay), mode }, { onSuccess: onDone });
  };
  return (
    <form className="form" onSubmit={onSubmit} noValidate data-testid="window-form">
      <div className="form-grid meter-form__grid">
        <DayField
          label={t("settings.fromDay")}
          value={fromDay}
          error={errorAt(save.error, "fromDay")}
          testId="window-from"
          onChange={setFrom}
        />
        <DayField
          label={t("settings.toDay")}
          value={toDay}
          error={errorAt(save.error, "toDay")}
          testId="window-to"
          onChange={setTo}
        />
      </div>
      <fieldset className="fieldset">
        <legend className="field__label">{t("settings.mode")}</legend>
        {(["strict", "lenient"] as const).map((m) => (
          <label key={m} className="choice choice--compact">
            <input
              type="radio"
              name="window-mode"
              value={m}
              checked={mode === m}
              data-testid={`window-mode-${m}`}
              onChange={() => setMode(m)}
            />{" "}
            {t(`settings.modeHint.${m}`)}
          </label>
        ))}
      </fieldset>
      <RequestProblem error={save.error} shown={["fromDay", "toDay", "mode"]} testId="window-error" />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={save.isPending} data-testid="window-save">
          {save.isPending ? t("form.saving") : t("settings.save")}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t("form.cancel")}
        </button>
      </div>
    </form>
  );
}

/** The reading window: days of the month, strict or lenient, and this month's dates; changed in place. */
export function WindowSettings({ associationId, canWrite }: { associationId: string; canWrite: boolean }) {
  const { t } = useTranslation("meters");
  const settings = useMeterSettings(associationId);
  const [editing, setEditing] = useState(false);
  if (!settings.data) return null;
  const s = settings.data;
  return (
    <section className="card" data-testid="window-settings" data-from={s.fromDay} data-to={s.toDay} data-mode={s.mode}>
      <h2 className="card__title">{t("settings.title")}</h2>
      <p data-testid="window-summary">
        {t("settings.rule", { from: s.fromDay, to: s.toDay, mode: t(`settings.modes.${s.mode}`) })}{" "}
        {t("settings.thisMonth", {
          opensOn: formatDate(s.window.opensOn, currentLocale()),
          closesOn: formatDate(s.window.closesOn, currentLocale()),
        })}{" "}
        <span className={`tag tag--window-${s.window.status}`}>{t(`settings.status.${s.window.status}`)}</span>
      </p>
      {editing ? (
        <WindowForm associationId={associationId} current={s} onDone={() => setEditing(false)} />
      ) : (
        canWrite && (
          <div className="actions">
            <button
              type="button"
              className="button button--secondary"
              data-testid="window-edit"
              onClick={() => setEditing(true)}
            >
              {t("settings.change")}
            </button>
          </div>
        )
      )}
    </section>
  );
}
