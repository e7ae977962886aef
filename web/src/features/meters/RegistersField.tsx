import { useTranslation } from "react-i18next";
import { Field } from "../billing/lib/ui";
import { defaultRegister, maxRegisters, type RegisterDraft } from "./meter-draft";

/**
 * The 1–4 registers (tariffs) of a meter, each with its dial's digits before and after the point.
 * Once a meter exists their number is fixed (every reading has one value per register).
 */
export function RegistersField({
  registers,
  fixedCount,
  onChange,
  errorOf,
}: {
  registers: RegisterDraft[];
  fixedCount: boolean;
  onChange(next: RegisterDraft[]): void;
  errorOf(path: string): string | undefined;
}) {
  const { t } = useTranslation("meters");
  const set = (i: number, patch: Partial<RegisterDraft>) =>
    onChange(registers.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const add = () => onChange([...registers, { ...defaultRegister, code: `T${registers.length + 1}` }]);
  return (
    <fieldset className="fieldset meter-registers" data-testid="meter-registers">
      <legend className="field__label">{t("form.registers")}</legend>
      {errorOf("registers") && !registers.some((_, i) => errorOf(`registers.${i}`)) && (
        <span className="field__error">{errorOf("registers")}</span>
      )}
      {registers.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: registers are identified by position while typed
        <div className="meter-registers__row" key={i}>
          <Field label={t("form.registerCode")} error={errorOf(`registers.${i}.code`)}>
            {(a) => (
              <input
                {...a}
                className="input input--short"
                value={r.code}
                data-testid={`register-code-${i}`}
                onChange={(e) => set(i, { code: e.target.value })}
              />
            )}
          </Field>
          <Field label={t("form.digits")} error={errorOf(`registers.${i}.digits`)}>
            {(a) => (
              <input
                {...a}
                className="input input--short"
                inputMode="numeric"
                value={r.digits}
                data-testid={`register-digits-${i}`}
                onChange={(e) => set(i, { digits: e.target.value })}
              />
            )}
          </Field>
          <Field label={t("form.decimals")} error={errorOf(`registers.${i}.decimals`)}>
            {(a) => (
              <input
                {...a}
                className="input input--short"
                inputMode="numeric"
                value={r.decimals}
                onChange={(e) => set(i, { decimals: e.target.value })}
              />
            )}
          </Field>
          {registers.length > 1 && !fixedCount && (
            <button
              type="button"
              className="button button--small button--secondary"
              aria-label={t("form.removeRegister", { code: r.code || i + 1 })}
              onClick={() => onChange(registers.filter((_, j) => j !== i))}
            >
              ×
            </button>
          )}
        </div>
      ))}
      {registers.length < maxRegisters && !fixedCount && (
        <button
          type="button"
          className="button button--small button--secondary meter-registers__add"
          onClick={add}
          data-testid="register-add"
        >
          {t("form.addRegister")}
        </button>
      )}
    </fieldset>
  );
}
