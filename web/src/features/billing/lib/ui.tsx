import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { useErrorMessage } from "../../../components/States";

// The buttons live in their own file to keep this one short; re-exported so every page takes the kit
// from one module, which also keeps them in the one shared `ui` chunk instead of a chunk of their own
// that the initial bundle's preload map would have to list.
export { DeleteAction, RowAction, SaveButton } from "./buttons";

/** A labelled field; the control gets the id and, when there is an error, aria-invalid/-describedby. */
export function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: string;
  error?: string;
  children: (props: { id: string; "aria-describedby"?: string; "aria-invalid"?: true }) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      )}
      {children({ id, "aria-describedby": describedBy, ...(error ? { "aria-invalid": true as const } : {}) })}
      {error && (
        <span id={errorId} className="field__error">
          {error}
        </span>
      )}
    </div>
  );
}

/** The message of a failed request and, when the server named fields, each field's problem. */
export function RequestError({ error, testId = "request-error" }: { error: unknown; testId?: string }) {
  const messageOf = useErrorMessage();
  const { t } = useTranslation("billing");
  if (!error) return null;
  const fields = error instanceof ApiError ? error.fields : [];
  return (
    <div className="notice notice--error" role="alert" data-testid={testId}>
      <p className="notice__title">{messageOf(error)}</p>
      {fields.length > 0 && (
        <ul className="field-errors">
          {fields.map((f) => (
            <li key={`${f.path}|${f.code}`}>
              <span className="field-errors__path">
                {t(`fields.${fieldKey(f.path)}` as "fields.content", { defaultValue: f.path })}
              </span>
              : {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The label key of a field path: positions inside it dropped, `bankAccounts.1.iban` → `bankAccounts.iban` (`rows.2` stays). */
function fieldKey(path: string): string {
  return path.replace(/\.\d+(?=\.)/g, "");
}

/** The error of one field from a failed request, if the server named it. */
export function fieldError(error: unknown, path: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.fields.find((f) => f.path === path || f.path.startsWith(`${path}.`))?.message;
}

/** A polite status line for screen readers and sighted users alike. */
export function Status({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p className="notice notice--ok" role="status" data-testid={testId}>
      {children}
    </p>
  );
}

/** A page title with an optional lead paragraph. */
export function PageHeader({ title, lead, children }: { title: string; lead?: string; children?: ReactNode }) {
  return (
    <div className="page-header">
      <h1 className="page__title">{title}</h1>
      {lead && <p className="page__lead">{lead}</p>}
      {children}
    </div>
  );
}

/** A horizontally scrollable, labelled table region (wide tables on a phone). */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-wrap" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}

/** A unique enough id for new records (rules, adjustments): letters, digits, `-`. */
export function newId(prefix: string, name = ""): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase()
    .slice(0, 24);
  const random = Math.random().toString(36).slice(2, 8);
  return [prefix, slug, random].filter(Boolean).join("-");
}

/** ppm (parts per million) as a percent text ("52786" → "5.2786"). */
export function ppmToPercent(ppm: number): string {
  const text = String(ppm).padStart(5, "0");
  const int = text.slice(0, -4).replace(/^0+(?=\d)/, "");
  const frac = text.slice(-4).replace(/0+$/, "");
  return frac ? `${int}.${frac}` : int;
}

/** A percent typed by a person ("5,2786") as ppm, or undefined when it is not a number. */
export function percentToPpm(text: string): number | undefined {
  const match = /^(\d{1,3})(?:[.,](\d{1,4}))?$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * 10_000 + Number((match[2] ?? "").padEnd(4, "0"));
}

/** The common case of Field: a one-line text input bound to a string. */
export function TextField({
  label,
  hint,
  error,
  value,
  onChange,
  type,
  inputMode,
  className = "input",
  testId,
}: {
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "date" | "month" | "email" | "number" | "tel";
  inputMode?: "decimal" | "numeric" | "text";
  /** The input's classes, e.g. `input input--mono` for references and IBANs. */
  className?: string;
  testId?: string;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(a) => (
        <input
          {...a}
          className={className}
          type={type}
          inputMode={inputMode}
          value={value}
          data-testid={testId}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** One choice of a SelectField; `lang` marks an option written in another language (language names). */
export interface SelectOption<T extends string> {
  value: T;
  label: string;
  lang?: string;
}

/** The other common case of Field: a `<select>` over a fixed list of choices. */
export function SelectField<T extends string>({
  label,
  hint,
  error,
  value,
  options,
  onChange,
  testId,
}: {
  label: string;
  hint?: string;
  error?: string;
  value: T;
  options: readonly SelectOption<T>[];
  onChange: (value: T) => void;
  testId?: string;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(a) => (
        <select
          {...a}
          className="select"
          value={value}
          data-testid={testId}
          onChange={(e) => onChange(e.target.value as T)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value} lang={o.lang}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
