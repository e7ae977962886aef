import { type FormEvent, useId, useState } from "react";
import { Link } from "wouter";
import type { Me } from "../../../../../functions/identity/contracts";
import { identityPaths } from "../../../app/paths";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { changeLocale } from "../../../i18n";
import { isLocale, languages } from "../../../i18n/languages";
import { PreferencesCard } from "../../notifications/PreferencesCard";
import {
  useChangePassword,
  useDisableTotp,
  useRegenerateRecoveryCodes,
  useRequestEmailChange,
  useUpdateProfile,
} from "../api";
import {
  CurrentPasswordField,
  ErrorSummary,
  formText,
  minPasswordLength,
  PasswordRules,
  TextField,
  useFieldIds,
  useFormErrors,
  useIdentityT,
} from "../components/forms";
import { RecoveryCodes } from "../components/RecoveryCodes";
import { isPrivileged } from "../roles";

function Saved({ show, text, testId }: { show: boolean; text: string; testId?: string }) {
  return (
    <p className="id-saved" role="status" data-testid={testId}>
      {show ? text : ""}
    </p>
  );
}

function ProfileCard({ me }: { me: Me }) {
  const { t } = useIdentityT();
  const save = useUpdateProfile();
  const errors = useFormErrors(save.error);
  const ids = useFieldIds(["displayName", "locale"]);
  const titleId = useId();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const displayName = formText(form, "displayName");
    const locale = String(data.get("locale"));
    if (!errors.check(displayName ? {} : { displayName: t("form.nameRequired") })) return;
    save.mutate(
      { displayName, ...(isLocale(locale) ? { locale } : {}) },
      {
        onSuccess: () => {
          if (isLocale(locale) && locale !== me.locale) void changeLocale(locale);
        },
        onError: () => errors.failed(),
      },
    );
  }

  return (
    <section className="card id-stack" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t("account.profile")}
      </h2>
      <ErrorSummary {...errors} ids={ids} />
      <form className="form" noValidate onSubmit={onSubmit} onChange={() => save.isSuccess && save.reset()}>
        <TextField
          id={ids.displayName}
          label={t("form.displayName")}
          name="displayName"
          autoComplete="name"
          maxLength={100}
          defaultValue={me.displayName}
          error={errors.fields.displayName}
          testId="profile-name"
        />
        <div className="field">
          <label className="field__label" htmlFor={ids.locale}>
            {t("account.language")}
          </label>
          <select id={ids.locale} name="locale" className="select id-select" defaultValue={me.locale}>
            {languages.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary" disabled={save.isPending} data-testid="profile-save">
          {save.isPending ? t("common.saving") : t("common.save")}
        </button>
        <Saved show={save.isSuccess} text={t("common.saved")} testId="profile-saved" />
      </form>
    </section>
  );
}

function EmailCard({ me }: { me: Me }) {
  const { t } = useIdentityT();
  const change = useRequestEmailChange();
  const errors = useFormErrors(change.error);
  const ids = useFieldIds(["newEmail", "currentPassword"]);
  const titleId = useId();
  const [sentTo, setSentTo] = useState<string>();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const newEmail = formText(form, "newEmail");
    const currentPassword = formText(form, "currentPassword", false);
    const found: Record<string, string> = {};
    if (!newEmail) found.newEmail = t("form.emailRequired");
    if (!currentPassword) found.currentPassword = t("form.currentPasswordRequired");
    if (!errors.check(found)) return;
    change.mutate(
      { newEmail, currentPassword },
      {
        onSuccess: () => {
          setSentTo(newEmail);
          form.reset();
        },
        onError: () => errors.failed(),
      },
    );
  }

  return (
    <section className="card id-stack" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t("account.email")}
      </h2>
      <p className="id-break">
        {t("account.currentEmail")} <strong data-testid="account-email">{me.email}</strong>
      </p>
      {sentTo && (
        <div className="notice" role="status">
          <p className="id-break">{t("account.emailSent", { email: sentTo })}</p>
        </div>
      )}
      <ErrorSummary {...errors} ids={ids} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          id={ids.newEmail}
          label={t("account.newEmail")}
          name="newEmail"
          type="email"
          inputMode="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          error={errors.fields.newEmail}
        />
        <CurrentPasswordField id={ids.currentPassword} error={errors.fields.currentPassword} />
        <button type="submit" className="button button--secondary" disabled={change.isPending}>
          {t("account.changeEmail")}
        </button>
      </form>
    </section>
  );
}

function PasswordCard() {
  const { t } = useIdentityT();
  const change = useChangePassword();
  const errors = useFormErrors(change.error);
  const ids = useFieldIds(["currentPassword", "newPassword"]);
  const titleId = useId();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const currentPassword = formText(form, "currentPassword", false);
    const newPassword = formText(form, "newPassword", false);
    const found: Record<string, string> = {};
    if (!currentPassword) found.currentPassword = t("form.currentPasswordRequired");
    if (newPassword.length < minPasswordLength) found.newPassword = t("password.tooShort", { min: minPasswordLength });
    if (!errors.check(found)) return;
    change.mutate({ currentPassword, newPassword }, { onSuccess: () => form.reset(), onError: () => errors.failed() });
  }

  return (
    <section className="card id-stack" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t("account.password")}
      </h2>
      <ErrorSummary {...errors} ids={ids} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <CurrentPasswordField id={ids.currentPassword} error={errors.fields.currentPassword} />
        <TextField
          id={ids.newPassword}
          label={t("password.new")}
          hint={<PasswordRules />}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          maxLength={128}
          error={errors.fields.newPassword}
        />
        <button type="submit" className="button button--secondary" disabled={change.isPending}>
          {t("account.changePassword")}
        </button>
        <Saved show={change.isSuccess} text={t("account.passwordChanged")} />
      </form>
    </section>
  );
}

function RegenerateCodes() {
  const { t } = useIdentityT();
  const regenerate = useRegenerateRecoveryCodes();
  const errors = useFormErrors(regenerate.error);
  const ids = useFieldIds(["currentPassword"]);
  const [codes, setCodes] = useState<string[]>();
  if (codes) return <RecoveryCodes codes={codes} onDone={() => setCodes(undefined)} />;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const currentPassword = formText(event.currentTarget, "currentPassword", false);
    if (!errors.check(currentPassword ? {} : { currentPassword: t("form.currentPasswordRequired") })) return;
    regenerate.mutate(currentPassword, { onSuccess: (a) => setCodes(a.recoveryCodes), onError: () => errors.failed() });
  }

  return (
    <form className="form id-subform" noValidate onSubmit={onSubmit}>
      <h3 className="id-subtitle">{t("recovery.regenerate")}</h3>
      <p className="id-hint">{t("recovery.regenerateHint")}</p>
      <ErrorSummary {...errors} ids={ids} />
      <CurrentPasswordField id={ids.currentPassword} error={errors.fields.currentPassword} />
      <button type="submit" className="button button--secondary" disabled={regenerate.isPending}>
        {t("recovery.regenerateSubmit")}
      </button>
    </form>
  );
}

function DisableTotp() {
  const { t } = useIdentityT();
  const disable = useDisableTotp();
  const errors = useFormErrors(disable.error);
  const ids = useFieldIds(["currentPassword", "code"]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const currentPassword = formText(form, "currentPassword", false);
    const code = formText(form, "code").replace(/\s+/g, "");
    const found: Record<string, string> = {};
    if (!currentPassword) found.currentPassword = t("form.currentPasswordRequired");
    if (!code) found.code = t("totp.codeRequired");
    if (!errors.check(found)) return;
    disable.mutate({ currentPassword, code }, { onError: () => errors.failed() });
  }

  return (
    <form className="form id-subform" noValidate onSubmit={onSubmit}>
      <h3 className="id-subtitle">{t("totp.disable")}</h3>
      <p className="id-hint">{t("totp.disableHint")}</p>
      <ErrorSummary {...errors} ids={ids} />
      <CurrentPasswordField id={ids.currentPassword} error={errors.fields.currentPassword} />
      <TextField
        id={ids.code}
        label={t("totp.codeOrRecovery")}
        name="code"
        autoComplete="one-time-code"
        maxLength={20}
        error={errors.fields.code}
      />
      <button type="submit" className="button button--secondary" disabled={disable.isPending}>
        {t("totp.disableSubmit")}
      </button>
    </form>
  );
}

function TwoFactorCard({ me }: { me: Me }) {
  const { t } = useIdentityT();
  const titleId = useId();
  return (
    <section className="card id-stack" aria-labelledby={titleId} data-testid="account-totp">
      <h2 id={titleId} className="card__title">
        {t("totp.title")}
      </h2>
      <p data-testid="account-totp-status" data-enabled={me.totpEnabled}>
        {me.totpEnabled ? t("totp.statusOn") : t("totp.statusOff")}
      </p>
      {!me.totpEnabled && (
        <Link className="button button--primary" href={identityPaths.twoFactor} data-testid="account-totp-enrol">
          {t("totp.turnOn")}
        </Link>
      )}
      {me.totpEnabled && <RegenerateCodes />}
      {me.totpEnabled && (isPrivileged(me) ? <p className="id-hint">{t("totp.mandatory")}</p> : <DisableTotp />)}
    </section>
  );
}

/** `/account`: profile and notifications, email, password, second factor, and a link to sessions. */
export default function AccountPage({ me }: { me: Me }) {
  const { t } = useIdentityT();
  useDocumentTitle(t("account.title"));
  return (
    <section className="page" data-testid="account-page">
      <h1 className="page__title">{t("account.title")}</h1>
      <nav aria-label={t("account.title")} className="id-inline-nav">
        <Link href={identityPaths.sessions} data-testid="account-sessions-link">
          {t("sessions.title")}
        </Link>
      </nav>
      <div className="id-grid">
        <ProfileCard me={me} />
        <PreferencesCard />
        <TwoFactorCard me={me} />
        <PasswordCard />
        <EmailCard me={me} />
      </div>
    </section>
  );
}
