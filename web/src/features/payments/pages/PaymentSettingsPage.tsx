import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, PageLoading } from "../../../components/States";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { Field, RequestError } from "../../billing/lib/ui";
import {
  type PenaltyView,
  type ReminderInput,
  type ReminderView,
  usePenaltySettings,
  useReminderSettings,
  useSavePenaltySettings,
  useSaveReminderSettings,
} from "../api";
import { ProviderSection } from "./ProviderSection";

/** A daily fraction as a percent for people ("0.002" → "0.2"), by moving the point (no floats). */
function percentOf(rate: string): string {
  const [int = "0", frac = ""] = rate.split(".");
  const digits = `${int}${frac.padEnd(2, "0")}`;
  const whole = digits.slice(0, int.length + 2).replace(/^0+(?=\d)/, "");
  const rest = digits.slice(int.length + 2).replace(/0+$/, "");
  return rest ? `${whole}.${rest}` : whole;
}

function PenaltyForm({ associationId, view }: { associationId: string; view: PenaltyView }) {
  const { t } = useTranslation("payments");
  const save = useSavePenaltySettings(associationId);
  const d = view.settings.decision;
  const [enabled, setEnabled] = useState(view.settings.enabled);
  const [number, setNumber] = useState(d?.number ?? "");
  const [adoptedOn, setAdoptedOn] = useState(d?.adoptedOn ?? "");
  const [dailyRate, setDailyRate] = useState(d?.dailyRate ?? "");
  const p = view.policy;
  const decision = number && adoptedOn && dailyRate ? { decision: { number, adoptedOn, dailyRate } } : {};
  return (
    <form
      className="card form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ enabled, ...decision });
      }}
    >
      <h2 className="card__title">{t("penalties.title")}</h2>
      <p data-testid="penalty-rule">
        {p.kind === "none" ? t("penalties.none") : t("penalties.rule", { day: p.fromDay ?? 1 })}
        {p.maxDailyRate ? ` ${t("penalties.max", { percent: percentOf(p.maxDailyRate) })}` : ""}
        {p.capAtPrincipal ? ` ${t("penalties.cap")}` : ""}
      </p>
      {p.requiresDecision && <p className="notice">{t("penalties.needsDecision")}</p>}
      <p className={p.active ? "tag tag--published" : "tag tag--draft"}>
        {p.active ? t("penalties.active") : t("penalties.inactive")}
      </p>
      <label className="choice choice--compact">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />{" "}
        {t("penalties.enabled")}
      </label>
      <fieldset className="fieldset">
        <legend className="field__label">{t("penalties.decision")}</legend>
        <Field label={t("penalties.number")}>
          {(f) => (
            <input {...f} className="input input--short" value={number} onChange={(e) => setNumber(e.target.value)} />
          )}
        </Field>
        <Field label={t("penalties.adoptedOn")}>
          {(f) => (
            <input
              {...f}
              className="input"
              type="date"
              value={adoptedOn}
              onChange={(e) => setAdoptedOn(e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t("penalties.rate")}
          hint={dailyRate ? t("penalties.ratePercent", { percent: percentOf(dailyRate) }) : undefined}
        >
          {(f) => (
            <input
              {...f}
              className="input input--short"
              inputMode="decimal"
              value={dailyRate}
              onChange={(e) => setDailyRate(e.target.value)}
            />
          )}
        </Field>
      </fieldset>
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

const dayFields = ["daysBeforeDue", "firstAfterDays", "secondAfterDays", "noticeAfterDays"] as const;

function ReminderForm({ associationId, view }: { associationId: string; view: ReminderView }) {
  const { t } = useTranslation("payments");
  const save = useSaveReminderSettings(associationId);
  const [s, setS] = useState<ReminderInput>(view.settings);
  useEffect(() => setS(view.settings), [view.settings]);
  const wordingOf = (stage: "first" | "second" | "notice", locale: ReminderInput["wording"][number]["locale"]) =>
    s.wording.find((w) => w.stage === stage && w.locale === locale)?.text ?? "";
  const setWording = (
    stage: "first" | "second" | "notice",
    locale: ReminderInput["wording"][number]["locale"],
    text: string,
  ) => {
    const rest = s.wording.filter((w) => !(w.stage === stage && w.locale === locale));
    setS({ ...s, wording: text ? [...rest, { stage, locale, text }] : rest });
  };
  const { i18n } = useTranslation();
  const locale = i18n.language as ReminderInput["wording"][number]["locale"];
  return (
    <form
      className="card form"
      onSubmit={(e) => {
        e.preventDefault();
        const { enabled, daysBeforeDue, firstAfterDays, secondAfterDays, noticeAfterDays, wording } = s;
        save.mutate({ enabled, daysBeforeDue, firstAfterDays, secondAfterDays, noticeAfterDays, wording });
      }}
    >
      <h2 className="card__title">{t("reminders.title")}</h2>
      <p className="field__hint">
        {view.stored ? t("reminders.stored") : t("reminders.defaults", { country: view.country })}
      </p>
      <label className="choice choice--compact">
        <input type="checkbox" checked={s.enabled} onChange={(e) => setS({ ...s, enabled: e.target.checked })} />{" "}
        {t("reminders.enabled")}
      </label>
      <div className="form-grid">
        {dayFields.map((k) => (
          <Field key={k} label={t(`reminders.${k}`)}>
            {(f) => (
              <input
                {...f}
                className="input input--short"
                type="number"
                min={0}
                max={365}
                value={s[k]}
                onChange={(e) => setS({ ...s, [k]: Number(e.target.value) })}
              />
            )}
          </Field>
        ))}
      </div>
      {(["first", "second", "notice"] as const).map((stage) => (
        <Field
          key={stage}
          label={t("reminders.wording", { stage: t(`stage.${stage}`) })}
          hint={t("reminders.wordingHint")}
        >
          {(f) => (
            <textarea
              {...f}
              className="input"
              rows={3}
              value={wordingOf(stage, locale)}
              onChange={(e) => setWording(stage, locale, e.target.value)}
            />
          )}
        </Field>
      ))}
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

/** Penalty policy with the recorded assembly decision, reminder schedule and wording, payment provider. */
export default function PaymentSettingsPage({ associationId }: { associationId: string }) {
  const { t } = useTranslation("payments");
  useDocumentTitle(t("settings.title"));
  const penalties = usePenaltySettings(associationId);
  const reminders = useReminderSettings(associationId);
  if (penalties.isPending || reminders.isPending) return <PageLoading />;
  if (penalties.isError) return <ErrorState error={penalties.error} onRetry={() => void penalties.refetch()} />;
  if (reminders.isError) return <ErrorState error={reminders.error} onRetry={() => void reminders.refetch()} />;
  return (
    <div className="page">
      <h1 className="page__title">{t("settings.title")}</h1>
      <PenaltyForm associationId={associationId} view={penalties.data} />
      <ReminderForm associationId={associationId} view={reminders.data} />
      <ProviderSection associationId={associationId} />
    </div>
  );
}
