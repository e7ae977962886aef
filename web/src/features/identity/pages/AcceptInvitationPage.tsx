import type { FormEvent } from "react";
import { Link } from "wouter";
import type { Me } from "../../../../../functions/identity/contracts";
import { useMe } from "../../../api/queries";
import { identityPaths, paths, toInvite, toSignIn } from "../../../app/paths";
import { ErrorState, PageLoading } from "../../../components/States";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { useAcceptInvitation, useAcceptInvitationSignedIn, useInvitationPreview } from "../api";
import { useDates } from "../components/dates";
import {
  ErrorSummary,
  formText,
  minPasswordLength,
  NewAccountFields,
  useFieldIds,
  useFormErrors,
  useIdentityT,
} from "../components/forms";

function Welcome({ me }: { me: Me }) {
  const { t } = useIdentityT();
  return (
    <div className="notice" role="status" data-testid="invite-welcome">
      <p className="notice__title">{t("invite.welcome", { name: me.displayName })}</p>
      <p>{t("invite.welcomeLead")}</p>
      <div className="id-actions">
        <Link className="button button--primary" href={identityPaths.twoFactor} data-testid="invite-setup-totp">
          {t("invite.setUpTotp")}
        </Link>
        <Link className="button button--secondary" href={paths.home} data-testid="invite-go-home">
          {t("common.goHome")}
        </Link>
      </div>
    </div>
  );
}

function NewAccountForm({ token }: { token: string }) {
  const { t } = useIdentityT();
  const accept = useAcceptInvitation();
  const errors = useFormErrors(accept.error);
  const ids = useFieldIds(["displayName", "password", "token"]);

  if (accept.data) return <Welcome me={accept.data} />;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const displayName = formText(event.currentTarget, "displayName");
    const password = formText(event.currentTarget, "password", false);
    const found: Record<string, string> = {};
    if (!displayName) found.displayName = t("form.nameRequired");
    if (password.length < minPasswordLength) found.password = t("password.tooShort", { min: minPasswordLength });
    if (!errors.check(found)) return;
    accept.mutate({ token, displayName, password }, { onError: () => errors.failed() });
  }

  return (
    <>
      <ErrorSummary {...errors} ids={ids} />
      <form className="form" noValidate onSubmit={onSubmit} data-testid="invite-form">
        <NewAccountFields ids={ids} errors={errors.fields} testPrefix="invite" />
        <button
          type="submit"
          className="button button--primary button--block"
          disabled={accept.isPending}
          data-testid="invite-submit"
        >
          {accept.isPending ? t("common.saving") : t("invite.submit")}
        </button>
      </form>
    </>
  );
}

function ExistingAccount({ token }: { token: string }) {
  const { t } = useIdentityT();
  const me = useMe();
  const accept = useAcceptInvitationSignedIn();
  const errors = useFormErrors(accept.error);
  if (accept.data) return <Welcome me={accept.data} />;
  if (!me.isSuccess) {
    return (
      <div className="notice">
        <p>{t("invite.signInFirst")}</p>
        <Link className="button button--primary" href={toSignIn(toInvite(token))}>
          {t("common.goToSignIn")}
        </Link>
      </div>
    );
  }
  return (
    <>
      <ErrorSummary {...errors} ids={{}} />
      <p>{t("invite.acceptAs", { name: me.data.displayName })}</p>
      <button
        type="button"
        className="button button--primary button--block"
        disabled={accept.isPending}
        onClick={() => accept.mutate(token, { onError: () => errors.failed() })}
        data-testid="invite-accept-signed-in"
      >
        {t("invite.accept")}
      </button>
    </>
  );
}

/** `/invite/:token`: what the invitation offers, then name and password (or accept as signed in). */
export default function AcceptInvitationPage({ token }: { token: string }) {
  const { t } = useIdentityT();
  useDocumentTitle(t("invite.title"));
  const preview = useInvitationPreview(token);
  const dates = useDates();

  return (
    <section className="page page--narrow">
      <h1 className="page__title">{t("invite.title")}</h1>
      {preview.isPending && <PageLoading />}
      {preview.isError && <ErrorState error={preview.error} />}
      {preview.data && (
        <>
          <dl className="card id-facts" data-testid="invite-preview">
            <div>
              <dt>{t("invite.association")}</dt>
              <dd>{preview.data.associationName}</dd>
            </div>
            {preview.data.unitNumber && (
              <div>
                <dt>{t("invite.unit")}</dt>
                <dd>{preview.data.unitNumber}</dd>
              </div>
            )}
            <div>
              <dt>{t("invite.role")}</dt>
              <dd>{t(`roles.${preview.data.role}`)}</dd>
            </div>
            <div>
              <dt>{t("form.email")}</dt>
              <dd className="id-break">{preview.data.email}</dd>
            </div>
            <div>
              <dt>{t("invite.validUntil")}</dt>
              <dd>{dates.date(preview.data.expiresAt)}</dd>
            </div>
          </dl>
          {preview.data.needsAccount ? <NewAccountForm token={token} /> : <ExistingAccount token={token} />}
        </>
      )}
    </section>
  );
}
