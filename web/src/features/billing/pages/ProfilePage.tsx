import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, PageLoading } from "../../../components/States";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { languages } from "../../../i18n/languages";
import { type Profile, type ProfilePatch, useProfile, useUpdateProfile } from "../lib/api";
import { Field, fieldError, PageHeader, RequestError, Status } from "../lib/ui";

type Bank = Profile["bankAccounts"][number];
type DueChoice = "default" | "days_after_posting" | "day_of_month";

interface Draft {
  name: string;
  legalName: string;
  fiscalCode: string;
  address: string;
  locale: Profile["locale"];
  timezone: string;
  banks: Bank[];
  billingDay: string;
  dueDays: string;
  due: DueChoice;
  dueRuleDays: string;
  dueRuleDay: string;
  dueRuleOffset: string;
  boardSeesAccounts: boolean;
}

function draftOf(p: Profile): Draft {
  return {
    name: p.name,
    legalName: p.legalName,
    fiscalCode: p.fiscalCode,
    address: p.address,
    locale: p.locale,
    timezone: p.timezone,
    banks: p.bankAccounts.map((b) => ({ ...b })),
    billingDay: String(p.billingDay),
    dueDays: String(p.dueDays),
    due: p.dueRule?.kind ?? "default",
    dueRuleDays: p.dueRule?.kind === "days_after_posting" ? String(p.dueRule.days) : String(p.dueDays),
    dueRuleDay: p.dueRule?.kind === "day_of_month" ? String(p.dueRule.day) : "25",
    dueRuleOffset: p.dueRule?.kind === "day_of_month" ? String(p.dueRule.monthOffset) : "0",
    boardSeesAccounts: p.boardSeesAccounts,
  };
}

function patchOf(d: Draft): ProfilePatch {
  const dueRule: ProfilePatch["dueRule"] =
    d.due === "days_after_posting"
      ? { kind: "days_after_posting", days: Number(d.dueRuleDays) }
      : d.due === "day_of_month"
        ? { kind: "day_of_month", day: Number(d.dueRuleDay), monthOffset: Number(d.dueRuleOffset) }
        : undefined;
  return {
    name: d.name.trim(),
    legalName: d.legalName.trim(),
    fiscalCode: d.fiscalCode.trim(),
    address: d.address.trim(),
    locale: d.locale,
    timezone: d.timezone.trim(),
    bankAccounts: d.banks.map((b) => ({
      iban: b.iban.replace(/\s+/g, ""),
      bankName: b.bankName.trim(),
      ...(b.bic ? { bic: b.bic.trim() } : {}),
      ...(b.correspAccount ? { correspAccount: b.correspAccount.trim() } : {}),
    })),
    billingDay: Number(d.billingDay),
    dueDays: Number(d.dueDays),
    ...(dueRule ? { dueRule } : {}),
    boardSeesAccounts: d.boardSeesAccounts,
  };
}

/** The association profile: identity, bank accounts, billing day and the due-date rule within the law. */
export default function ProfilePage({ associationId }: { associationId: string }) {
  const { t } = useTranslation("billing");
  useDocumentTitle(t("profile.title"));
  const profile = useProfile(associationId);
  const save = useUpdateProfile(associationId);
  const [draft, setDraft] = useState<Draft | null>(null);

  useEffect(() => {
    if (profile.data && !draft) setDraft(draftOf(profile.data));
  }, [profile.data, draft]);

  if (profile.isPending) return <PageLoading />;
  if (profile.isError) return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  if (!draft) return <PageLoading />;
  const p = profile.data;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft({ ...draft, [key]: value });
    save.reset();
  };
  const setBank = (i: number, patch: Partial<Bank>) =>
    set(
      "banks",
      draft.banks.map((b, j) => (j === i ? { ...b, ...patch } : b)),
    );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(patchOf(draft));
  };
  const effective = p.effective.dueRule;
  const effectiveText =
    effective.kind === "days_after_posting"
      ? t("profile.dueAfterPosting", { count: effective.days })
      : effective.monthOffset === 0
        ? t("profile.dueDaySameMonth", { day: effective.day })
        : t("profile.dueDayNextMonth", { day: effective.day });
  const err = (path: string) => fieldError(save.error, path);

  return (
    <div className="page">
      <PageHeader title={t("profile.title")} lead={p.name} />
      <form className="form card" onSubmit={onSubmit} noValidate data-testid="profile-form">
        <h2 className="card__title">{t("profile.identity")}</h2>
        <div className="form-grid">
          <Field label={t("profile.name")} error={err("name")}>
            {(a) => <input {...a} className="input" value={draft.name} onChange={(e) => set("name", e.target.value)} />}
          </Field>
          <Field label={t("profile.legalName")} error={err("legalName")}>
            {(a) => (
              <input
                {...a}
                className="input"
                value={draft.legalName}
                onChange={(e) => set("legalName", e.target.value)}
              />
            )}
          </Field>
          <Field label={t("profile.fiscalCode")} error={err("fiscalCode")}>
            {(a) => (
              <input
                {...a}
                className="input"
                value={draft.fiscalCode}
                onChange={(e) => set("fiscalCode", e.target.value)}
              />
            )}
          </Field>
          <Field label={t("profile.address")} error={err("address")}>
            {(a) => (
              <input {...a} className="input" value={draft.address} onChange={(e) => set("address", e.target.value)} />
            )}
          </Field>
          <Field label={t("profile.language")}>
            {(a) => (
              <select
                {...a}
                className="select"
                value={draft.locale}
                onChange={(e) => set("locale", e.target.value as Profile["locale"])}
              >
                {languages.map((l) => (
                  <option key={l.code} value={l.code} lang={l.code}>
                    {l.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("profile.timezone")} error={err("timezone")}>
            {(a) => (
              <input
                {...a}
                className="input"
                value={draft.timezone}
                onChange={(e) => set("timezone", e.target.value)}
              />
            )}
          </Field>
        </div>
        <dl className="facts">
          <div>
            <dt>{t("profile.country")}</dt>
            <dd>{p.country}</dd>
          </div>
          <div>
            <dt>{t("profile.currency")}</dt>
            <dd>{p.currency}</dd>
          </div>
          <div>
            <dt>{t("profile.qrStandard")}</dt>
            <dd>{p.effective.qrStandard}</dd>
          </div>
        </dl>

        <fieldset className="fieldset">
          <legend className="card__title">{t("profile.banks")}</legend>
          {draft.banks.map((b, i) => (
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
              <Field label={t("profile.bankName")} error={err(`bankAccounts.${i}.bankName`)}>
                {(a) => (
                  <input
                    {...a}
                    className="input"
                    value={b.bankName}
                    onChange={(e) => setBank(i, { bankName: e.target.value })}
                  />
                )}
              </Field>
              <Field label={t("profile.bic")}>
                {(a) => (
                  <input
                    {...a}
                    className="input"
                    value={b.bic ?? ""}
                    onChange={(e) => setBank(i, { bic: e.target.value })}
                  />
                )}
              </Field>
              {draft.banks.length > 1 && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() =>
                    set(
                      "banks",
                      draft.banks.filter((_, j) => j !== i),
                    )
                  }
                >
                  {t("profile.removeBank")}
                </button>
              )}
            </div>
          ))}
          {draft.banks.length < 5 && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => set("banks", [...draft.banks, { iban: "", bankName: "" }])}
            >
              {t("profile.addBank")}
            </button>
          )}
        </fieldset>

        <fieldset className="fieldset">
          <legend className="card__title">{t("profile.billing")}</legend>
          <div className="form-grid">
            <Field label={t("profile.billingDay")} hint={t("profile.billingDayHint")} error={err("billingDay")}>
              {(a) => (
                <input
                  {...a}
                  className="input"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={28}
                  value={draft.billingDay}
                  onChange={(e) => set("billingDay", e.target.value)}
                />
              )}
            </Field>
            <Field
              label={t("profile.dueDays")}
              hint={
                p.effective.maxDueDaysAfterPosting !== undefined
                  ? t("profile.legalLimit", { count: p.effective.maxDueDaysAfterPosting })
                  : t("profile.noLegalLimit")
              }
              error={err("dueDays")}
            >
              {(a) => (
                <input
                  {...a}
                  className="input"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={p.effective.maxDueDaysAfterPosting ?? 90}
                  value={draft.dueDays}
                  data-testid="profile-due-days"
                  onChange={(e) => set("dueDays", e.target.value)}
                />
              )}
            </Field>
          </div>
          <fieldset className="fieldset fieldset--plain">
            <legend className="field__label">{t("profile.dueRule")}</legend>
            {(["default", "days_after_posting", "day_of_month"] as const).map((kind) => (
              <label key={kind} className="choice">
                <input type="radio" name="due" checked={draft.due === kind} onChange={() => set("due", kind)} />
                {t(`profile.due.${kind}`)}
              </label>
            ))}
            {draft.due === "days_after_posting" && (
              <Field label={t("profile.dueRuleDays")} error={err("dueRule")}>
                {(a) => (
                  <input
                    {...a}
                    className="input input--short"
                    type="number"
                    value={draft.dueRuleDays}
                    onChange={(e) => set("dueRuleDays", e.target.value)}
                  />
                )}
              </Field>
            )}
            {draft.due === "day_of_month" && (
              <div className="form-grid">
                <Field label={t("profile.dueRuleDay")} error={err("dueRule")}>
                  {(a) => (
                    <input
                      {...a}
                      className="input input--short"
                      type="number"
                      value={draft.dueRuleDay}
                      onChange={(e) => set("dueRuleDay", e.target.value)}
                    />
                  )}
                </Field>
                <Field label={t("profile.dueRuleOffset")}>
                  {(a) => (
                    <select
                      {...a}
                      className="select"
                      value={draft.dueRuleOffset}
                      onChange={(e) => set("dueRuleOffset", e.target.value)}
                    >
                      <option value="0">{t("profile.sameMonth")}</option>
                      <option value="1">{t("profile.nextMonth")}</option>
                    </select>
                  )}
                </Field>
              </div>
            )}
            <p className="field__hint" data-testid="profile-effective-due">
              {t("profile.effectiveDue", { rule: effectiveText })}
            </p>
          </fieldset>
          <label className="choice">
            <input
              type="checkbox"
              checked={draft.boardSeesAccounts}
              onChange={(e) => set("boardSeesAccounts", e.target.checked)}
            />
            {t("profile.boardSeesAccounts")}
          </label>
        </fieldset>

        <RequestError error={save.error} />
        {save.isSuccess && <Status testId="profile-saved">{t("profile.saved")}</Status>}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={save.isPending} data-testid="profile-save">
            {save.isPending ? t("common.saving") : t("common.save")}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setDraft(draftOf(p))}>
            {t("common.reset")}
          </button>
        </div>
      </form>
    </div>
  );
}
