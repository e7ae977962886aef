import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../billing/lib/ui";
import { type AdminMeter, type ReplaceInput, useReplaceMeter } from "./admin-api";
import { DeviceFields } from "./DeviceFields";
import { draftOfMeter, type MeterDraft, meterBodyOf, newMeterId } from "./meter-draft";
import { RegistersField } from "./RegistersField";
import { errorAt, RequestProblem } from "./ui";
import { ValuesField } from "./ValuesField";

const shownPaths = ["period", "finalValues", "initialValues", "newMeter"];

/** The new meter starts as a copy of the old one (same place, kind and registers) with a blank serial. */
function newMeterDraft(old: AdminMeter, today: string): MeterDraft {
  return { ...draftOfMeter(old), isNew: true, serial: "", installedOn: today, verificationDue: "" };
}

function bodyOf(
  old: AdminMeter,
  s: { period: string; finalValues: string[]; fresh: MeterDraft; initialValues: string[] },
): ReplaceInput {
  const { unitId: _unit, kind: _kind, ...newMeter } = meterBodyOf(s.fresh);
  return {
    period: s.period,
    finalValues: s.finalValues.map((v) => v.trim()),
    newMeterId: newMeterId(old.unitId ?? "", old.kind),
    newMeter,
    initialValues: s.fresh.registers.map((_, i) => (s.initialValues[i] ?? "").trim()),
  };
}

/** Replaces a meter: the old one's final reading and the new one's first, recorded in one step. */
export function ReplaceMeterForm({
  associationId,
  meter,
  period: defaultPeriod,
  today,
  onDone,
}: {
  associationId: string;
  meter: AdminMeter;
  period: string;
  today: string;
  onDone(newSerial?: string): void;
}) {
  const { t } = useTranslation("meters");
  const replace = useReplaceMeter(associationId);
  const [period, setPeriod] = useState(defaultPeriod);
  const [finalValues, setFinal] = useState(meter.registers.map(() => ""));
  const [fresh, setFresh] = useState(() => newMeterDraft(meter, today));
  const [initialValues, setInitial] = useState(meter.registers.map(() => "0"));
  const err = (path: string) => errorAt(replace.error, `newMeter.${path}`);
  const set = (patch: Partial<MeterDraft>) => setFresh({ ...fresh, ...patch });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = bodyOf(meter, { period, finalValues, fresh, initialValues });
    replace.mutate({ meterId: meter.meterId, body }, { onSuccess: (out) => onDone(out.new.serial) });
  };
  return (
    <form className="card form" onSubmit={onSubmit} noValidate data-testid="replace-form">
      <h2 className="card__title">{t("replace.title", { serial: meter.serial })}</h2>
      <p className="field__hint">{t("replace.lead")}</p>
      <Field label={t("replace.period")} error={errorAt(replace.error, "period")}>
        {(a) => (
          <input
            {...a}
            className="input input--short"
            type="month"
            value={period}
            onChange={(e) => setPeriod(e.target.value)}
          />
        )}
      </Field>
      <ValuesField
        legend={t("replace.finalValues")}
        codes={meter.registers.map((r) => r.code)}
        values={finalValues}
        prefix="finalValues"
        error={replace.error}
        testId="replace-final"
        onChange={setFinal}
      />
      <fieldset className="fieldset">
        <legend className="field__label">{t("replace.newMeter")}</legend>
        <div className="form-grid meter-form__grid">
          <DeviceFields d={fresh} set={set} err={err} testIds="replace" />
        </div>
        <RegistersField
          registers={fresh.registers}
          fixedCount={false}
          errorOf={err}
          onChange={(registers) => set({ registers })}
        />
      </fieldset>
      <ValuesField
        legend={t("replace.initialValues")}
        codes={fresh.registers.map((r, i) => r.code || String(i + 1))}
        values={initialValues}
        prefix="initialValues"
        error={replace.error}
        testId="replace-initial"
        onChange={setInitial}
      />
      <RequestProblem error={replace.error} shown={shownPaths} testId="replace-error" />
      <div className="actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={replace.isPending}
          data-testid="replace-submit"
        >
          {replace.isPending ? t("form.saving") : t("replace.submit")}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone()}>
          {t("form.cancel")}
        </button>
      </div>
    </form>
  );
}
