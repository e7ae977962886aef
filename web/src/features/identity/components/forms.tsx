import { type InputHTMLAttributes, type ReactNode, type RefObject, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { useErrorMessage } from "../../../components/States";

/** The identity namespace, suspending until its texts are loaded (pages sit inside Suspense). */
export function useIdentityT() {
  return useTranslation("identity", { useSuspense: true });
}

export type FieldErrors = Record<string, string>;

/** Field errors from the server (already translated), keyed by the top-level body field. */
export function serverFieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const out: FieldErrors = {};
  for (const field of error.fields) {
    const name = field.path.split(".")[0] ?? "";
    if (name && !out[name]) out[name] = field.message;
  }
  return out;
}

/**
 * The error state of one form: client checks first, then the server's field errors, then a
 * general message. `attempt` changes on every failed submit, so the summary takes focus again.
 */
export function useFormErrors(error: unknown) {
  const messageOf = useErrorMessage();
  const [client, setClient] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const fields = { ...serverFieldErrors(error), ...client };
  const hasFields = Object.keys(fields).length > 0;
  const message = error && !hasFields ? messageOf(error) : undefined;
  const retryAfter = error instanceof ApiError ? error.retryAfter : undefined;
  return {
    fields,
    message,
    retryAfter,
    attempt,
    /** Records the client checks; true when the form may be sent. */
    check(found: FieldErrors): boolean {
      setClient(found);
      setAttempt((n) => n + 1);
      return Object.keys(found).length === 0;
    },
    failed() {
      setAttempt((n) => n + 1);
    },
  };
}

interface SummaryProps {
  /** Field name → message; each becomes a link to its field (`#<idPrefix>-<name>`). */
  fields: FieldErrors;
  message?: string;
  ids: Record<string, string>;
  attempt: number;
  extra?: ReactNode;
  testId?: string;
}

/** The error summary at the top of a form: takes focus after each failed attempt, links to fields. */
export function ErrorSummary({ fields, message, ids, attempt, extra, testId = "form-error" }: SummaryProps) {
  const { t } = useIdentityT();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(fields);
  const visible = entries.length > 0 || message !== undefined;
  useEffect(() => {
    if (visible && attempt > 0) ref.current?.focus();
  }, [visible, attempt]);
  if (!visible) return null;
  return (
    <div ref={ref} className="notice notice--error" role="alert" tabIndex={-1} data-testid={testId}>
      {entries.length > 0 && <p className="notice__title">{t("form.fixThese")}</p>}
      {message && <p>{message}</p>}
      {entries.length > 0 && (
        <ul className="id-error-list">
          {entries.map(([name, text]) => (
            <li key={name}>{ids[name] ? <a href={`#${ids[name]}`}>{text}</a> : text}</li>
          ))}
        </ul>
      )}
      {extra}
    </div>
  );
}

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className"> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  inputRef?: RefObject<HTMLInputElement | null>;
  testId?: string;
}

/** A labelled input with its hint and error, both announced with the field. */
export function TextField({ id, label, hint, error, inputRef, testId, ...input }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="id-hint">
          {hint}
        </div>
      )}
      <input
        ref={inputRef}
        id={id}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        data-testid={testId}
        {...input}
      />
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Stable ids for a form's fields: `{ email: ":r1:-email", … }`. */
export function useFieldIds<const N extends string>(names: readonly N[]): Record<N, string> {
  const base = useId();
  return Object.fromEntries(names.map((n) => [n, `${base}-${n}`])) as Record<N, string>;
}

/** The password rules, said plainly: length only, no composition rules, common ones refused. */
export function PasswordRules() {
  const { t } = useIdentityT();
  return (
    <ul className="id-rules">
      <li>{t("password.ruleLength")}</li>
      <li>{t("password.ruleFree")}</li>
      <li>{t("password.ruleCommon")}</li>
    </ul>
  );
}

/** The client-side length check mirrors the server's (the server decides and explains). */
export const minPasswordLength = 12;

/** The value of a named form field, as text. */
export function formText(form: HTMLFormElement, name: string, trim = true): string {
  const value = String(new FormData(form).get(name) ?? "");
  return trim ? value.trim() : value;
}

/** The name and new password a person gives when their account is created (invitation or letter). */
export function NewAccountFields({
  ids,
  errors,
  testPrefix,
}: {
  ids: { displayName: string; password: string };
  errors: FieldErrors;
  testPrefix: string;
}) {
  const { t } = useIdentityT();
  return (
    <>
      <TextField
        id={ids.displayName}
        label={t("form.displayName")}
        hint={t("form.displayNameHint")}
        name="displayName"
        autoComplete="name"
        maxLength={100}
        error={errors.displayName}
        testId={`${testPrefix}-name`}
      />
      <TextField
        id={ids.password}
        label={t("password.choose")}
        hint={<PasswordRules />}
        name="password"
        type="password"
        autoComplete="new-password"
        maxLength={128}
        error={errors.password}
        testId={`${testPrefix}-password`}
      />
    </>
  );
}

/** The current password asked again before a sensitive change (email, password, 2FA, recovery codes). */
export function CurrentPasswordField(props: { id: string; error?: string; hint?: ReactNode; testId?: string }) {
  const { t } = useIdentityT();
  return (
    <TextField
      {...props}
      label={t("form.currentPassword")}
      name="currentPassword"
      type="password"
      autoComplete="current-password"
    />
  );
}
