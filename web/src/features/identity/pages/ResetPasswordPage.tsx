import { type FormEvent, useState } from "react";
import { Link } from "wouter";
import { identityPaths, paths } from "../../../app/paths";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { useCompletePasswordReset } from "../api";
import {
  ErrorSummary,
  formText,
  minPasswordLength,
  PasswordRules,
  TextField,
  useFieldIds,
  useFormErrors,
  useIdentityT,
} from "../components/forms";

/** `/reset-password/:token`: choose a new password; every session of the person ends. */
export default function ResetPasswordPage({ token }: { token: string }) {
  const { t } = useIdentityT();
  useDocumentTitle(t("reset.title"));
  const reset = useCompletePasswordReset();
  const errors = useFormErrors(reset.error);
  const ids = useFieldIds(["password", "token"]);
  const [done, setDone] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = formText(event.currentTarget, "password", false);
    const found: Record<string, string> = {};
    if (password.length < minPasswordLength) found.password = t("password.tooShort", { min: minPasswordLength });
    if (!errors.check(found)) return;
    reset.mutate({ token, password }, { onSuccess: () => setDone(true), onError: () => errors.failed() });
  }

  return (
    <section className="page page--narrow">
      <h1 className="page__title">{t("reset.title")}</h1>
      {done ? (
        <div className="notice" role="status" data-testid="reset-done">
          <p className="notice__title">{t("reset.doneTitle")}</p>
          <p>{t("reset.done")}</p>
          <Link className="button button--primary" href={paths.signIn} data-testid="reset-sign-in">
            {t("common.goToSignIn")}
          </Link>
        </div>
      ) : (
        <>
          <ErrorSummary
            {...errors}
            ids={ids}
            extra={errors.fields.token ? <Link href={identityPaths.forgotPassword}>{t("reset.askAgain")}</Link> : null}
          />
          <form className="form" noValidate onSubmit={onSubmit}>
            <TextField
              id={ids.password}
              label={t("password.new")}
              hint={<PasswordRules />}
              name="password"
              type="password"
              autoComplete="new-password"
              maxLength={128}
              error={errors.fields.password}
              testId="reset-password"
            />
            <button
              type="submit"
              className="button button--primary button--block"
              disabled={reset.isPending}
              data-testid="reset-submit"
            >
              {t("reset.submit")}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
