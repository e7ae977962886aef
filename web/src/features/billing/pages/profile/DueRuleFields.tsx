import { useTranslation } from "react-i18next";
import type { Profile } from "../../lib/api";
import { SelectField, TextField } from "../../lib/ui";
import type { DueChoice, ProfileDraft, SetDraftField } from "./profile-draft";

const dueChoices: readonly DueChoice[] = ["default", "days_after_posting", "day_of_month"];

/** The rule for the due date, with the rule in force (after the law's limits) spelled out below. */
export function DueRuleFields({
  effective,
  draft,
  set,
  err,
}: {
  effective: Profile["effective"]["dueRule"];
  draft: ProfileDraft;
  set: SetDraftField;
  err: (path: string) => string | undefined;
}) {
  const { t } = useTranslation("billing");
  const effectiveText =
    effective.kind === "days_after_posting"
      ? t("profile.dueAfterPosting", { count: effective.days })
      : effective.monthOffset === 0
        ? t("profile.dueDaySameMonth", { day: effective.day })
        : t("profile.dueDayNextMonth", { day: effective.day });
  return (
    <fieldset className="fieldset fieldset--plain">
      <legend className="field__label">{t("profile.dueRule")}</legend>
      {dueChoices.map((kind) => (
        <label key={kind} className="choice">
          <input type="radio" name="due" checked={draft.due === kind} onChange={() => set("due", kind)} />
          {t(`profile.due.${kind}`)}
        </label>
      ))}
      {draft.due === "days_after_posting" && (
        <TextField
          label={t("profile.dueRuleDays")}
          error={err("dueRule")}
          className="input input--short"
          type="number"
          value={draft.dueRuleDays}
          onChange={(v) => set("dueRuleDays", v)}
        />
      )}
      {draft.due === "day_of_month" && (
        <div className="form-grid">
          <TextField
            label={t("profile.dueRuleDay")}
            error={err("dueRule")}
            className="input input--short"
            type="number"
            value={draft.dueRuleDay}
            onChange={(v) => set("dueRuleDay", v)}
          />
          <SelectField
            label={t("profile.dueRuleOffset")}
            value={draft.dueRuleOffset}
            options={[
              { value: "0", label: t("profile.sameMonth") },
              { value: "1", label: t("profile.nextMonth") },
            ]}
            onChange={(v) => set("dueRuleOffset", v)}
          />
        </div>
      )}
      <p className="field__hint" data-testid="profile-effective-due">
        {t("profile.effectiveDue", { rule: effectiveText })}
      </p>
    </fieldset>
  );
}
