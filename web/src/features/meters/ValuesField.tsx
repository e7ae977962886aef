import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client";
import { Field } from "../billing/lib/ui";

/** A problem the server put on the group itself (`finalValues`, `finalValues.values`), not on one value. */
function groupError(error: unknown, prefix: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.fields.find((f) => f.path === prefix || f.path === `${prefix}.values`)?.message;
}

/** One dial value per register ("day", "night"…), with the server's message beside each. */
export function ValuesField({
  legend,
  codes,
  values,
  prefix,
  error,
  testId,
  onChange,
}: {
  legend: string;
  codes: string[];
  values: string[];
  /** Where the server reports this group's problems, e.g. `finalValues`. */
  prefix: string;
  error: unknown;
  testId: string;
  onChange(next: string[]): void;
}) {
  const { t } = useTranslation("meters");
  const valueError = (i: number) =>
    error instanceof ApiError
      ? error.fields.find((f) => f.path === `${prefix}.values.${i}` || f.path === `${prefix}.${i}`)?.message
      : undefined;
  const group = groupError(error, prefix);
  // One register: the group's name is the field's label; several: each register is named.
  const single = codes.length === 1;
  return (
    <fieldset className="fieldset" data-testid={testId}>
      {!single && <legend className="field__label">{legend}</legend>}
      <div className="meter-values">
        {codes.map((code, i) => (
          <Field
            key={code}
            label={single ? legend : t("register", { code })}
            error={valueError(i) ?? (single ? group : undefined)}
          >
            {(a) => (
              <input
                {...a}
                className="input"
                inputMode="decimal"
                autoComplete="off"
                value={values[i] ?? ""}
                data-testid={`${testId}-${i}`}
                onChange={(e) => onChange(codes.map((_, j) => (j === i ? e.target.value : (values[j] ?? ""))))}
              />
            )}
          </Field>
        ))}
      </div>
      {group && !single && <span className="field__error">{group}</span>}
    </fieldset>
  );
}
