import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { Link, useLocation } from "wouter";
import type { Me } from "../../../../../functions/identity/contracts";
import { identityPaths, paths } from "../../../app/paths";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { useBeginTotpEnrolment, useConfirmTotpEnrolment, useRefreshMe } from "../api";
import {
  CurrentPasswordField,
  ErrorSummary,
  formText,
  TextField,
  useFieldIds,
  useFormErrors,
  useIdentityT,
} from "../components/forms";
import { RecoveryCodes } from "../components/RecoveryCodes";

/** The secret in groups of four, easier to type into an app by hand. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})/g, "$1 ").trim();
}

function PasswordStep({ onStarted }: { onStarted: (e: { secret: string; qrDataUrl: string }) => void }) {
  const { t } = useIdentityT();
  const begin = useBeginTotpEnrolment();
  const errors = useFormErrors(begin.error);
  const ids = useFieldIds(["currentPassword"]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const currentPassword = formText(event.currentTarget, "currentPassword", false);
    if (!errors.check(currentPassword ? {} : { currentPassword: t("form.currentPasswordRequired") })) return;
    begin.mutate(currentPassword, { onSuccess: onStarted, onError: () => errors.failed() });
  }

  return (
    <>
      <ErrorSummary {...errors} ids={ids} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <CurrentPasswordField
          id={ids.currentPassword}
          hint={t("totp.passwordHint")}
          error={errors.fields.currentPassword}
          testId="totp-enrol-password"
        />
        <button
          type="submit"
          className="button button--primary button--block"
          disabled={begin.isPending}
          data-testid="totp-enrol-start"
        >
          {t("totp.start")}
        </button>
      </form>
    </>
  );
}

function ScanStep({
  enrolment,
  onConfirmed,
}: {
  enrolment: { secret: string; qrDataUrl: string };
  onConfirmed: (codes: string[]) => void;
}) {
  const { t } = useIdentityT();
  const confirm = useConfirmTotpEnrolment();
  const errors = useFormErrors(confirm.error);
  const ids = useFieldIds(["code"]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = formText(event.currentTarget, "code").replace(/\s+/g, "");
    if (!errors.check(/^\d{6}$/.test(code) ? {} : { code: t("totp.sixDigits") })) return;
    confirm.mutate(code, { onSuccess: (answer) => onConfirmed(answer.recoveryCodes), onError: () => errors.failed() });
  }

  return (
    <div className="id-stack">
      <h2 ref={headingRef} tabIndex={-1} className="id-step-title">
        {t("totp.scanTitle")}
      </h2>
      <ol className="id-steps">
        <li>{t("totp.stepApp")}</li>
        <li>{t("totp.stepScan")}</li>
        <li>{t("totp.stepCode")}</li>
      </ol>
      <div className="card id-qr">
        <img className="id-qr__image" src={enrolment.qrDataUrl} alt={t("totp.qrAlt")} width={220} height={220} />
        <p className="id-hint">{t("totp.manual")}</p>
        <p className="id-secret" data-testid="totp-secret" data-secret={enrolment.secret}>
          {grouped(enrolment.secret)}
        </p>
      </div>
      <ErrorSummary {...errors} ids={ids} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          id={ids.code}
          label={t("totp.code")}
          hint={t("totp.codeHint")}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          error={errors.fields.code}
          testId="totp-enrol-code"
        />
        <button
          type="submit"
          className="button button--primary button--block"
          disabled={confirm.isPending}
          data-testid="totp-enrol-confirm"
        >
          {confirm.isPending ? t("totp.verifying") : t("totp.confirm")}
        </button>
      </form>
    </div>
  );
}

/** `/account/two-factor`: password → QR and secret → code → recovery codes, shown once. */
export default function TwoFactorPage({ me }: { me: Me }) {
  const { t } = useIdentityT();
  useDocumentTitle(t("totp.enrolTitle"));
  const [, navigate] = useLocation();
  const refreshMe = useRefreshMe();
  const [enrolment, setEnrolment] = useState<{ secret: string; qrDataUrl: string }>();
  const [codes, setCodes] = useState<string[]>();

  let body: ReactNode;
  if (codes) {
    body = (
      <RecoveryCodes
        codes={codes}
        onDone={() => {
          void refreshMe().then(() => navigate(paths.home));
        }}
      />
    );
  } else if (me.totpEnabled && !enrolment) {
    body = (
      <div className="notice" data-testid="totp-already-on">
        <p className="notice__title">{t("totp.alreadyOn")}</p>
        <Link href={identityPaths.account}>{t("account.title")}</Link>
      </div>
    );
  } else if (enrolment) {
    body = <ScanStep enrolment={enrolment} onConfirmed={setCodes} />;
  } else {
    body = (
      <>
        {me.mustEnrollTotp && (
          <div className="notice" role="status" data-testid="totp-required">
            <p className="notice__title">{t("totp.requiredTitle")}</p>
            <p>{t("totp.required")}</p>
          </div>
        )}
        <p className="page__lead">{t("totp.lead")}</p>
        <PasswordStep onStarted={setEnrolment} />
      </>
    );
  }

  return (
    <section className="page page--narrow">
      <h1 className="page__title">{t("totp.enrolTitle")}</h1>
      {body}
    </section>
  );
}
