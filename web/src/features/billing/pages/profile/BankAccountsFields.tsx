import { useTranslation } from "react-i18next";
import { Field, TextField } from "../../lib/ui";
import type { Bank } from "./profile-draft";

/** Up to five bank accounts owners pay into; at least one stays. */
export function BankAccountsFields({
  banks,
  onChange,
  err,
}: {
  banks: Bank[];
  onChange: (banks: Bank[]) => void;
  err: (path: string) => string | undefined;
}) {
  const { t } = useTranslation("billing");
  const setBank = (i: number, patch: Partial<Bank>) =>
    onChange(banks.map((b, j) => (j === i ? { ...b, ...patch } : b)));
  return (
    <fieldset className="fieldset">
      <legend className="card__title">{t("profile.banks")}</legend>
      {banks.map((b, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: bank rows have no id; order is the identity
        <div className="form-grid form-grid--row" key={i} data-testid="bank-row">
          <Field label={t("profile.iban")} error={err(`bankAccounts.${i}.iban`)}>
            {(a) => (
              <input
                {...a}
                className="input input--mono"
                value={b.iban}
                autoComplete="off"
                onChange={(e) => setBank(i, { iban: e.target.value })}
              />
            )}
          </Field>
          <TextField
            label={t("profile.bankName")}
            error={err(`bankAccounts.${i}.bankName`)}
            value={b.bankName}
            onChange={(bankName) => setBank(i, { bankName })}
          />
          <TextField label={t("profile.bic")} value={b.bic ?? ""} onChange={(bic) => setBank(i, { bic })} />
          {banks.length > 1 && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onChange(banks.filter((_, j) => j !== i))}
            >
              {t("profile.removeBank")}
            </button>
          )}
        </div>
      ))}
      {banks.length < 5 && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChange([...banks, { iban: "", bankName: "" }])}
        >
          {t("profile.addBank")}
        </button>
      )}
    </fieldset>
  );
}
