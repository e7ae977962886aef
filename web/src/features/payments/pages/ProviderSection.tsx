import { useState } from "react";
import { useTranslation } from "react-i18next";
import { minorToInput, parseAmountInput, useFormat } from "../../billing/lib/format";
import { Field, RequestError } from "../../billing/lib/ui";
import { type ProviderView, useProviderSettings, useSaveProviderSettings } from "../api";

/** "12.5" → 1250 minor units (two decimals), without floats; undefined when not an amount. */
function toMinor(text: string): number | undefined {
  const value = parseAmountInput(text);
  if (!value || value.startsWith("-")) return undefined;
  const [whole = "0", frac = ""] = value.split(".");
  if (frac.length > 2) return undefined;
  return Number(whole) * 100 + Number(frac.padEnd(2, "0"));
}

function ProviderForm({ associationId, view }: { associationId: string; view: ProviderView }) {
  const { t } = useTranslation("payments");
  const save = useSaveProviderSettings(associationId);
  const s = view.settings;
  const f = useFormat("RON");
  const [enabled, setEnabled] = useState(s.enabled);
  const [accountId, setAccountId] = useState(s.accountId);
  const [percent, setPercent] = useState(s.fee.percent);
  const [fixed, setFixed] = useState(minorToInput(s.fee.fixedMinor));
  const fixedMinor = toMinor(fixed);
  return (
    <form
      className="card form"
      data-testid="provider-settings"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({
          enabled,
          provider: "stripe",
          accountId: accountId.trim(),
          fee: { percent: percent.trim().replace(",", "."), fixedMinor: fixedMinor ?? -1 },
        });
      }}
    >
      <h2 className="card__title">{t("settings.provider")}</h2>
      <p className="field__hint">{t("settings.providerHint")}</p>
      {!view.platformConfigured && <p className="notice">{t("settings.providerOff")}</p>}
      <label className="choice choice--compact">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />{" "}
        {t("settings.providerEnabled")}
      </label>
      <Field label={t("settings.providerAccount")} hint={t("settings.providerAccountHint")}>
        {(p) => (
          <input {...p} className="input mono" value={accountId} onChange={(e) => setAccountId(e.target.value)} />
        )}
      </Field>
      <Field label={t("settings.providerPercent")} hint={t("settings.providerPercentHint")}>
        {(p) => (
          <input
            {...p}
            className="input input--short"
            inputMode="decimal"
            value={percent}
            onChange={(e) => setPercent(e.target.value)}
          />
        )}
      </Field>
      <Field label={t("settings.providerFixed")}>
        {(p) => (
          <input
            {...p}
            className="input input--short"
            inputMode="decimal"
            value={fixed}
            onChange={(e) => setFixed(e.target.value)}
          />
        )}
      </Field>
      {view.example && (
        <p data-testid="provider-example">
          {t("settings.providerExample", {
            amount: f.decimal(minorToInput(view.example.amountMinor)),
            fee: f.decimal(minorToInput(view.example.feeMinor)),
            total: f.decimal(minorToInput(view.example.totalMinor)),
          })}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={save.isPending}>
        {t("common.save")}
      </button>
      {save.isSuccess && (
        <p className="notice notice--ok" role="status">
          {t("common.saved")}
        </p>
      )}
      <RequestError error={save.error} />
    </form>
  );
}

/** The card-processor section of the payment settings (secrets are never shown or entered here). */
export function ProviderSection({ associationId }: { associationId: string }) {
  const { t } = useTranslation("payments");
  const view = useProviderSettings(associationId);
  if (view.isPending) return null;
  if (view.isError) {
    return (
      <section className="card">
        <h2 className="card__title">{t("settings.provider")}</h2>
        <RequestError error={view.error} />
      </section>
    );
  }
  return <ProviderForm key={view.data.settings.updatedAt ?? "new"} associationId={associationId} view={view.data} />;
}
