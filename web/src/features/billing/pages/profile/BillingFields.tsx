import { useTranslation } from "react-i18next";
import type { Profile } from "../../lib/api";
import { Field } from "../../lib/ui";
import { DueRuleFields } from "./DueRuleFields";
import type { ProfileDraft, SetDraftField } from "./profile-draft";

/** When bills are made and due, within the country's legal limit, and whether the board sees owners' accounts. */
export function BillingFields({
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
  const maxDueDays = p.effective.maxDueDaysAfterPosting;
  return (
    <fieldset className="fieldset">
      <legend className="card__title">{t("profile.billing")}</legend>
      <div className="form-grid">
        <Field label={t("profile.billingDay")} hint={t("profile.billingDayHint")} error={err("billingDay")}>
          {(a) => (
            <input
              {...a}
              className="input"
              type="number"
              inputMode="numeric"
              min={1}
              max={28}
              value={draft.billingDay}
              onChange={(e) => set("billingDay", e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t("profile.dueDays")}
          hint={maxDueDays !== undefined ? t("profile.legalLimit", { count: maxDueDays }) : t("profile.noLegalLimit")}
          error={err("dueDays")}
        >
          {(a) => (
            <input
              {...a}
              className="input"
              type="number"
              inputMode="numeric"
              min={1}
              max={maxDueDays ?? 90}
              value={draft.dueDays}
              data-testid="profile-due-days"
              onChange={(e) => set("dueDays", e.target.value)}
            />
          )}
        </Field>
      </div>
      <DueRuleFields effective={p.effective.dueRule} draft={draft} set={set} err={err} />
      <label className="choice">
        <input
          type="checkbox"
          checked={draft.boardSeesAccounts}
          onChange={(e) => set("boardSeesAccounts", e.target.checked)}
        />
        {t("profile.boardSeesAccounts")}
      </label>
    </fieldset>
  );
}
