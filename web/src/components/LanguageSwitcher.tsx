import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Locale } from "../../../functions/platform/model/schemas";
import { changeLocale, currentLocale } from "../i18n";
import { isLocale, languages } from "../i18n/languages";

/** A plain select, named in each language's own words; `onChanged` lets a signed-in shell save it. */
export function LanguageSwitcher({ onChanged }: { onChanged?: (locale: Locale) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field field--inline">
      <label htmlFor={id} className="field__label field__label--small">
        {t("header.language")}
      </label>
      <select
        id={id}
        className="select"
        data-testid="language-switcher"
        value={currentLocale()}
        onChange={(event) => {
          const locale = event.target.value;
          if (!isLocale(locale)) return;
          void changeLocale(locale).then(() => onChanged?.(locale));
        }}
      >
        {languages.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
