import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Channel } from "../../../../functions/notifications/model/catalogue";
import { ErrorState } from "../../components/States";
import { type PreferenceChoice, usePreferences, useSavePreference } from "./api";
import { preferenceGroups } from "./groups";
import { NOTIFICATIONS_NS } from "./namespace";

type Row = { type: PreferenceChoice["type"]; mandatory: boolean; channels: { channel: Channel; on: boolean }[] };

/** One message type with a switch per channel; a legal notice shows its switches on and fixed. */
function PreferenceRow({
  row,
  disabled,
  onChange,
}: {
  row: Row;
  disabled: boolean;
  onChange: (c: PreferenceChoice) => void;
}) {
  const { t } = useTranslation(NOTIFICATIONS_NS);
  const baseId = useId();
  return (
    <fieldset className="id-fieldset" data-testid={`pref-${row.type}`}>
      <legend>{t(`types.${row.type}` as "types.billing.month_published")}</legend>
      {row.mandatory && <p className="id-hint">{t("preferences.mandatory")}</p>}
      {row.channels.map(({ channel, on }) => (
        <div className="id-check" key={channel}>
          <input
            id={`${baseId}-${channel}`}
            className="id-check__box"
            type="checkbox"
            checked={on}
            disabled={row.mandatory || disabled}
            onChange={(e) => onChange({ type: row.type, channel, on: e.currentTarget.checked })}
            data-testid={`pref-${row.type}-${channel}`}
          />
          <label htmlFor={`${baseId}-${channel}`}>{t(`channels.${channel}`)}</label>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * The profile's notification choices, one row per message type of the server's catalogue and a
 * switch per channel. Legal notices show as always on: the server refuses to switch them off.
 */
export function PreferencesCard() {
  const { t, ready } = useTranslation(NOTIFICATIONS_NS);
  const prefs = usePreferences();
  const save = useSavePreference();
  const titleId = useId();
  if (!ready || prefs.isPending) return null;
  if (prefs.isError) return <ErrorState error={prefs.error} onRetry={() => void prefs.refetch()} />;
  return (
    <section className="card id-stack" aria-labelledby={titleId} data-testid="notification-preferences">
      <h2 id={titleId} className="card__title">
        {t("preferences.title")}
      </h2>
      <p className="id-hint">{t("preferences.hint")}</p>
      {save.error && (
        <p className="field__error" role="alert">
          {save.error.message}
        </p>
      )}
      {preferenceGroups(prefs.data.types).map((group) => (
        <div key={group.domain} className="id-stack">
          <h3 className="field__label">{t(`domains.${group.domain}` as "domains.billing")}</h3>
          {group.rows.map((row) => (
            <PreferenceRow key={row.type} row={row} disabled={save.isPending} onChange={(c) => save.mutate(c)} />
          ))}
        </div>
      ))}
    </section>
  );
}
