import { type FormEvent, useState } from "react";
import { Link } from "wouter";
import { paths } from "../../../app/paths";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { useRequestPasswordReset } from "../api";
import { ErrorSummary, formText, TextField, useFieldIds, useFormErrors, useIdentityT } from "../components/forms";

/** `/forgot-password`: the same answer whether or not the address has an account. */
export default function ForgotPasswordPage() {
  const { t } = useIdentityT();
  useDocumentTitle(t("forgot.title"));
  const send = useRequestPasswordReset();
  const errors = useFormErrors(send.error);
  const ids = useFieldIds(["email"]);
  const [sentTo, setSentTo] = useState<string>();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = formText(event.currentTarget, "email");
    if (!errors.check(email ? {} : { email: t("form.emailRequired") })) return;
    send.mutate(email, { onSuccess: () => setSentTo(email), onError: () => errors.failed() });
  }

  return (
    <section className="page page--narrow">
      <h1 className="page__title">{t("forgot.title")}</h1>
      {sentTo ? (
        <div className="notice" role="status" data-testid="forgot-sent">
          <p className="notice__title">{t("forgot.sentTitle")}</p>
          <p className="id-break">{t("forgot.sent", { email: sentTo })}</p>
          <Link href={paths.signIn}>{t("common.backToSignIn")}</Link>
        </div>
      ) : (
        <>
          <p className="page__lead">{t("forgot.lead")}</p>
          <ErrorSummary {...errors} ids={ids} />
          <form className="form" noValidate onSubmit={onSubmit}>
            <TextField
              id={ids.email}
              label={t("form.email")}
              name="email"
              type="email"
              inputMode="email"
              autoComplete="email"
              autoCapitalize="none"
              spellCheck={false}
              error={errors.fields.email}
              testId="forgot-email"
            />
            <button
              type="submit"
              className="button button--primary button--block"
              disabled={send.isPending}
              data-testid="forgot-submit"
            >
              {t("forgot.submit")}
            </button>
          </form>
          <p className="id-after-form">
            <Link href={paths.signIn}>{t("common.backToSignIn")}</Link>
          </p>
        </>
      )}
    </section>
  );
}
