import { type FormEvent, useEffect, useRef, useState } from "react";
import { useSignInTotp } from "../api";
import { ErrorSummary, formText, TextField, useFieldIds, useFormErrors, useIdentityT } from "./forms";

/**
 * The second sign-in step: a 6-digit code from the authenticator app, or one recovery code.
 * The code field takes focus as soon as it appears.
 */
export function TotpChallenge({ challengeToken, onCancel }: { challengeToken: string; onCancel: () => void }) {
  const { t } = useIdentityT();
  const verify = useSignInTotp();
  const errors = useFormErrors(verify.error);
  const ids = useFieldIds(["code"]);
  const codeRef = useRef<HTMLInputElement>(null);
  const [recovery, setRecovery] = useState(false);

  useEffect(() => {
    codeRef.current?.focus();
  }, []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = formText(event.currentTarget, "code").replace(/\s+/g, "");
    if (!errors.check(code ? {} : { code: t("totp.codeRequired") })) return;
    verify.mutate({ challengeToken, code }, { onError: () => errors.failed() });
  }

  return (
    <div className="id-stack" data-testid="totp-challenge">
      <h2 className="id-step-title">{t("totp.challengeTitle")}</h2>
      <p className="page__lead">{recovery ? t("totp.recoveryLead") : t("totp.challengeLead")}</p>
      <ErrorSummary {...errors} ids={ids} testId="totp-error" />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          key={recovery ? "recovery" : "totp"}
          id={ids.code}
          inputRef={codeRef}
          label={recovery ? t("totp.recoveryCode") : t("totp.code")}
          hint={recovery ? t("totp.recoveryHint") : t("totp.codeHint")}
          name="code"
          inputMode={recovery ? "text" : "numeric"}
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          error={errors.fields.code}
          testId="totp-code"
        />
        <button
          type="submit"
          className="button button--primary button--block"
          disabled={verify.isPending}
          data-testid="totp-submit"
        >
          {verify.isPending ? t("totp.verifying") : t("totp.verify")}
        </button>
      </form>
      <button
        type="button"
        className="id-link-button"
        onClick={() => setRecovery((r) => !r)}
        data-testid="totp-use-recovery"
      >
        {recovery ? t("totp.useApp") : t("totp.useRecovery")}
      </button>
      <button type="button" className="id-link-button" onClick={onCancel}>
        {t("totp.startOver")}
      </button>
    </div>
  );
}
