import { type FormEvent, useId, useState } from "react";
import { currentLocale } from "../../../../i18n";
import { isLocale, languages } from "../../../../i18n/languages";
import { useCreateInvitation } from "../../api";
import { ErrorSummary, formText, TextField, useFieldIds, useFormErrors, useIdentityT } from "../../components/forms";
import { unitRoles } from "../../roles";
import { type InvitableRole, invitable, isInvitable, useUnitOptions } from "./shared";

export function InviteCard({ associationId }: { associationId: string }) {
  const { t } = useIdentityT();
  const invite = useCreateInvitation(associationId);
  const errors = useFormErrors(invite.error);
  const ids = useFieldIds(["email", "role", "unitId", "locale"]);
  const { options } = useUnitOptions(associationId);
  const [role, setRole] = useState<InvitableRole>("owner");
  const [sentTo, setSentTo] = useState<string>();
  const titleId = useId();
  const needsUnit = unitRoles.includes(role);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const email = formText(form, "email");
    const unitId = formText(form, "unitId");
    const locale = formText(form, "locale");
    const found: Record<string, string> = {};
    if (!email) found.email = t("form.emailRequired");
    if (needsUnit && !unitId) found.unitId = t("members.unitRequired");
    if (!errors.check(found)) return;
    invite.mutate(
      { email, role, ...(needsUnit ? { unitId } : {}), ...(isLocale(locale) ? { locale } : {}) },
      {
        onSuccess: () => {
          setSentTo(email);
          form.reset();
          setRole("owner");
        },
        onError: () => errors.failed(),
      },
    );
  }

  return (
    <section className="card id-stack" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t("members.invite")}
      </h2>
      <p className="id-hint">{t("members.inviteHint")}</p>
      {sentTo && (
        <div className="notice" role="status" data-testid="invite-sent">
          <p className="id-break">{t("members.inviteSent", { email: sentTo })}</p>
        </div>
      )}
      <ErrorSummary {...errors} ids={ids} />
      <form className="form" noValidate onSubmit={onSubmit} data-testid="invite-create-form">
        <TextField
          id={ids.email}
          label={t("form.email")}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          error={errors.fields.email}
          testId="invite-email"
        />
        <div className="field">
          <label className="field__label" htmlFor={ids.role}>
            {t("invite.role")}
          </label>
          <select
            id={ids.role}
            name="role"
            className="select id-select"
            value={role}
            onChange={(e) => isInvitable(e.target.value) && setRole(e.target.value)}
            data-testid="invite-role"
          >
            {invitable.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        {needsUnit && (
          <div className="field">
            <label className="field__label" htmlFor={ids.unitId}>
              {t("invite.unit")}
            </label>
            <select
              id={ids.unitId}
              name="unitId"
              className="select id-select"
              defaultValue=""
              aria-invalid={errors.fields.unitId ? true : undefined}
              aria-describedby={errors.fields.unitId ? `${ids.unitId}-error` : undefined}
              data-testid="invite-unit"
            >
              <option value="">{t("members.chooseUnit")}</option>
              {options.map((u) => (
                <option key={u.unitId} value={u.unitId}>
                  {t("members.unitOption", { unit: u.number })}
                </option>
              ))}
            </select>
            {errors.fields.unitId && (
              <p id={`${ids.unitId}-error`} className="field__error">
                {errors.fields.unitId}
              </p>
            )}
          </div>
        )}
        <div className="field">
          <label className="field__label" htmlFor={ids.locale}>
            {t("members.emailLanguage")}
          </label>
          <select id={ids.locale} name="locale" className="select id-select" defaultValue={currentLocale()}>
            {languages.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary" disabled={invite.isPending} data-testid="invite-send">
          {invite.isPending ? t("common.sending") : t("members.sendInvite")}
        </button>
      </form>
    </section>
  );
}
