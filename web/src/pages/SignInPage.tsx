import i18next from "i18next";
import { type FormEvent, Suspense, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Redirect, useSearch } from "wouter";
import { ApiError } from "../api/client";
import { useMe } from "../api/queries";
import { identityPaths, safeNext } from "../app/paths";
import { useErrorMessage } from "../components/States";
import { useDocumentTitle } from "../components/useDocumentTitle";
import { useSignInStep } from "../features/identity/api";
import { useIdentityT } from "../features/identity/components/forms";
import { TotpChallenge } from "../features/identity/components/TotpChallenge";

// The second-factor step and the reset link speak from the identity namespace: fetch it with the page.
void i18next.loadNamespaces("identity");

type Field = "email" | "password";
type FieldErrors = Partial<Record<Field, string>>;

/** Field errors from the server, keyed by the form field they belong to. */
function serverFieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const out: FieldErrors = {};
  for (const field of error.fields) {
    const name = field.path.split(".")[0];
    if ((name === "email" || name === "password") && !out[name]) out[name] = field.message;
  }
  return out;
}

/** Keeps the submit button off while the server asks us to wait (429), then turns it back on. */
function useBlockedFor(error: unknown): boolean {
  const [blocked, setBlocked] = useState(false);
  useEffect(() => {
    if (!(error instanceof ApiError) || !error.retryAfter) return;
    setBlocked(true);
    const timer = setTimeout(() => setBlocked(false), error.retryAfter * 1000);
    return () => clearTimeout(timer);
  }, [error]);
  return blocked;
}

function ForgotPasswordLink() {
  const { t } = useIdentityT();
  return (
    <p className="id-after-form">
      <Link href={identityPaths.forgotPassword} data-testid="forgot-password-link">
        {t("forgot.link")}
      </Link>
    </p>
  );
}

export default function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("signIn.title"));
  const ids = { email: useId(), password: useId(), summary: useId() };
  const refs = { email: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };
  const summaryRef = useRef<HTMLDivElement>(null);
  const next = safeNext(new URLSearchParams(useSearch()).get("next"));
  const me = useMe();
  const signIn = useSignInStep();
  const [challenge, setChallenge] = useState<string | undefined>();
  const messageOf = useErrorMessage();
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const blocked = useBlockedFor(signIn.error);

  const fieldErrors: FieldErrors = { ...serverFieldErrors(signIn.error), ...clientErrors };
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  const summary = signIn.error && !hasFieldErrors ? messageOf(signIn.error) : undefined;
  const retryAfter = signIn.error instanceof ApiError ? signIn.error.retryAfter : undefined;

  // After each failed attempt, move focus to the first thing to fix, so screen readers announce it.
  useEffect(() => {
    if (clientErrors.email || (!clientErrors.password && serverFieldErrors(signIn.error).email)) {
      refs.email.current?.focus();
    } else if (clientErrors.password || serverFieldErrors(signIn.error).password) {
      refs.password.current?.focus();
    } else if (signIn.error) {
      summaryRef.current?.focus();
    }
  }, [clientErrors, signIn.error, refs.email, refs.password]);

  // isSuccess, not data: after a session ends the old answer is still cached beside the 401.
  if (me.isSuccess) return <Redirect to={next} replace />;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "").trim();
    const password = String(data.get("password") ?? "");
    const missing: FieldErrors = {};
    if (!email) missing.email = t("signIn.emailRequired");
    if (!password) missing.password = t("signIn.passwordRequired");
    setClientErrors(missing);
    if (Object.keys(missing).length > 0) {
      signIn.reset();
      return;
    }
    signIn.mutate(
      { email, password },
      { onSuccess: (answer) => answer.kind === "totp" && setChallenge(answer.challengeToken) },
    );
  }

  const describedBy = (field: Field) => (fieldErrors[field] ? `${ids[field]}-error` : undefined);

  if (challenge) {
    return (
      <section className="page page--narrow">
        <h1 className="page__title">{t("signIn.title")}</h1>
        <Suspense fallback={null}>
          <TotpChallenge
            challengeToken={challenge}
            onCancel={() => {
              signIn.reset();
              setChallenge(undefined);
            }}
          />
        </Suspense>
      </section>
    );
  }

  return (
    <section className="page page--narrow">
      <h1 className="page__title">{t("signIn.title")}</h1>
      <p className="page__lead">{t("app.tagline")}</p>
      {summary && (
        <div
          ref={summaryRef}
          id={ids.summary}
          className="notice notice--error"
          role="alert"
          tabIndex={-1}
          data-testid="sign-in-error"
        >
          <p>{summary}</p>
          {retryAfter !== undefined && <p>{t("signIn.retryIn", { count: retryAfter })}</p>}
        </div>
      )}
      <form className="form" noValidate onSubmit={onSubmit} data-testid="sign-in-form">
        <div className="field">
          <label className="field__label" htmlFor={ids.email}>
            {t("signIn.email")}
          </label>
          <input
            ref={refs.email}
            id={ids.email}
            className="input"
            name="email"
            type="email"
            inputMode="email"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            aria-invalid={fieldErrors.email ? true : undefined}
            aria-describedby={describedBy("email")}
            data-testid="sign-in-email"
          />
          {fieldErrors.email && (
            <p id={`${ids.email}-error`} className="field__error" data-testid="sign-in-email-error">
              {fieldErrors.email}
            </p>
          )}
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.password}>
            {t("signIn.password")}
          </label>
          <input
            ref={refs.password}
            id={ids.password}
            className="input"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={fieldErrors.password ? true : undefined}
            aria-describedby={describedBy("password")}
            data-testid="sign-in-password"
          />
          {fieldErrors.password && (
            <p id={`${ids.password}-error`} className="field__error" data-testid="sign-in-password-error">
              {fieldErrors.password}
            </p>
          )}
        </div>
        <button
          type="submit"
          className="button button--primary button--block"
          disabled={signIn.isPending || blocked}
          data-testid="sign-in-submit"
        >
          {signIn.isPending ? t("signIn.submitting") : t("signIn.submit")}
        </button>
      </form>
      <Suspense fallback={null}>
        <ForgotPasswordLink />
      </Suspense>
    </section>
  );
}
