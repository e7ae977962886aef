import { useTranslation } from "react-i18next";
import { languages } from "../../../../i18n/languages";
import type { Profile } from "../../lib/api";
import { SelectField, TextField } from "../../lib/ui";
import type { ProfileDraft, SetDraftField } from "./profile-draft";

/** Who the association is: names, fiscal code, address, language and time zone; country and currency read-only. */
export function IdentityFields({
  profile: p,
  draft,
  set,
  err,
}: {
  profile: Profile;
  draft: ProfileDraft;
  set: SetDraftField;
  err: (path: string) => string | undefined;
}) {
  const { t } = useTranslation("billing");
  return (
    <>
      <h2 className="card__title">{t("profile.identity")}</h2>
      <div className="form-grid">
        <TextField label={t("profile.name")} error={err("name")} value={draft.name} onChange={(v) => set("name", v)} />
        <TextField
          label={t("profile.legalName")}
          error={err("legalName")}
          value={draft.legalName}
          onChange={(v) => set("legalName", v)}
        />
        <TextField
          label={t("profile.fiscalCode")}
          error={err("fiscalCode")}
          value={draft.fiscalCode}
          onChange={(v) => set("fiscalCode", v)}
        />
        <TextField
          label={t("profile.address")}
          error={err("address")}
          value={draft.address}
          onChange={(v) => set("address", v)}
        />
        <SelectField
          label={t("profile.language")}
          value={draft.locale}
          options={languages.map((l) => ({ value: l.code, label: l.name, lang: l.code }))}
          onChange={(v) => set("locale", v)}
        />
        <TextField
          label={t("profile.timezone")}
          error={err("timezone")}
          value={draft.timezone}
          onChange={(v) => set("timezone", v)}
        />
      </div>
      <dl className="facts">
        <div>
          <dt>{t("profile.country")}</dt>
          <dd>{p.country}</dd>
        </div>
        <div>
          <dt>{t("profile.currency")}</dt>
          <dd>{p.currency}</dd>
        </div>
        <div>
          <dt>{t("profile.qrStandard")}</dt>
          <dd>{p.effective.qrStandard}</dd>
        </div>
      </dl>
    </>
  );
}
