import type { FormEvent } from "react";
import { Link } from "wouter";
import { identityPaths, paths } from "../../../app/paths";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { currentLocale } from "../../../i18n";
import { useActivate } from "../api";
import {
  ErrorSummary,
  formText,
  minPasswordLength,
  NewAccountFields,
  TextField,
  useFieldIds,
  useFormErrors,
  useIdentityT,
} from "../components/forms";

/** `/activate`: the one-time code from a printed letter, then email, name and password. */
export default function ActivatePage() {
  const { t } = useIdentityT();
  useDocumentTitle(t("activate.title"));
  const activate = useActivate();
  const errors = useFormErrors(activate.error);
  const ids = useFieldIds(["code", "email", "displayName", "password"]);

  if (activate.data) {
    return (
      <section className="page page--narrow">
        <h1 className="page__title">{t("activate.title")}</h1>
        <div className="notice" role="status" data-testid="activate-done">
          <p className="notice__title">{t("invite.welcome", { name: activate.data.displayName })}</p>
          <p>{t("invite.welcomeLead")}</p>
          <div className="id-actions">
            <Link className="button button--primary" href={identityPaths.twoFactor}>
              {t("invite.setUpTotp")}
            </Link>
            <Link className="button button--secondary" href={paths.home}>
              {t("common.goHome")}
            </Link>
          </div>
        </div>
      </section>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const code = formText(form, "code");
    const email = formText(form, "email");
    const displayName = formText(form, "displayName");
    const password = formText(form, "password", false);
    const found: Record<string, string> = {};
    if (code.replace(/[\s-]/g, "").length < 16) found.code = t("activate.codeInvalid");
    if (!email) found.email = t("form.emailRequired");
    if (!displayName) found.displayName = t("form.nameRequired");
    if (password.length < minPasswordLength) found.password = t("password.tooShort", { min: minPasswordLength });
    if (!errors.check(found)) return;
    activate.mutate(
      { code, email, displayName, password, locale: currentLocale() },
      { onError: () => errors.failed() },
    );
  }

  return (
    <section className="page page--narrow">
      <h1 className="page__title">{t("activate.title")}</h1>
      <p className="page__lead">{t("activate.lead")}</p>
      <ErrorSummary {...errors} ids={ids} />
      <form className="form" noValidate onSubmit={onSubmit} data-testid="activate-form">
        <TextField
          id={ids.code}
          label={t("activate.code")}
          hint={t("activate.codeHint")}
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={24}
          error={errors.fields.code}
          testId="activate-code"
        />
        <TextField
          id={ids.email}
          label={t("form.email")}
          hint={t("activate.emailHint")}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          error={errors.fields.email}
          testId="activate-email"
        />
        <NewAccountFields ids={ids} errors={errors.fields} testPrefix="activate" />
        <button
          type="submit"
          className="button button--primary button--block"
          disabled={activate.isPending}
          data-testid="activate-submit"
        >
          {activate.isPending ? t("common.saving") : t("activate.submit")}
        </button>
      </form>
    </section>
  );
}
