import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../components/States";
import { usePreferences, useSavePreference } from "./api";
import { NOTIFICATIONS_NS } from "./namespace";

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
      {prefs.data.types.map((row) => (
        <fieldset className="id-fieldset" key={row.type} data-testid={`pref-${row.type}`}>
          <legend className="field__label">{t(`types.${row.type}`)}</legend>
          {row.mandatory && <p className="id-hint">{t("preferences.mandatory")}</p>}
          {row.channels.map(({ channel, on }) => {
            const id = `${titleId}-${row.type}-${channel}`;
            return (
              <div className="id-check" key={channel}>
                <input
                  id={id}
                  className="id-check__box"
                  type="checkbox"
                  checked={on}
                  disabled={row.mandatory || save.isPending}
                  onChange={(e) => save.mutate({ type: row.type, channel, on: e.currentTarget.checked })}
                  data-testid={`pref-${row.type}-${channel}`}
                />
                <label htmlFor={id}>{t(`channels.${channel}`)}</label>
              </div>
            );
          })}
        </fieldset>
      ))}
    </section>
  );
}
