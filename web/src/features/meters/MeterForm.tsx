import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useUnits } from "../billing/lib/api";
import { Field } from "../billing/lib/ui";
import { useSaveMeter } from "./admin-api";
import { DeviceFields } from "./DeviceFields";
import { type MeterDraft, type MeterKind, meterBodyOf, meterKinds, newMeterId } from "./meter-draft";
import { RegistersField } from "./RegistersField";
import { errorAt, RequestProblem, useKindName } from "./ui";

/** Paths the form shows beside its fields; anything else goes to the summary. */
const shownPaths = ["unitId", "kind", "serial", "location", "registers", "installedOn", "verificationDue"];

interface FieldsProps {
  associationId: string;
  d: MeterDraft;
  set(patch: Partial<MeterDraft>): void;
  err(path: string): string | undefined;
}

/** Apartment or building, which apartment, and the kind: all fixed once the meter exists. */
function IdentityFields({ associationId, d, set, err }: FieldsProps) {
  const { t } = useTranslation("meters");
  const kindName = useKindName();
  const units = useUnits(associationId);
  return (
    <>
      <Field label={t("form.place")}>
        {(a) => (
          <select
            {...a}
            className="select"
            value={d.place}
            disabled={!d.isNew}
            data-testid="meter-place"
            onChange={(e) => set({ place: e.target.value as MeterDraft["place"], unitId: "" })}
          >
            <option value="unit">{t("form.placeUnit")}</option>
            <option value="building">{t("form.placeBuilding")}</option>
          </select>
        )}
      </Field>
      {d.place === "unit" && (
        <Field label={t("form.unit")} error={err("unitId")}>
          {(a) => (
            <select
              {...a}
              className="select"
              value={d.unitId}
              disabled={!d.isNew}
              data-testid="meter-unit"
              onChange={(e) => set({ unitId: e.target.value })}
            >
              <option value="">{t("form.chooseUnit")}</option>
              {(units.data?.units ?? []).map((u) => (
                <option key={u.unitId} value={u.unitId}>
                  {t("form.unitNumber", { number: u.number })}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t("form.kind")} error={err("kind")}>
        {(a) => (
          <select
            {...a}
            className="select"
            value={d.kind}
            disabled={!d.isNew}
            data-testid="meter-kind"
            onChange={(e) => set({ kind: e.target.value as MeterKind })}
          >
            {meterKinds.map((k) => (
              <option key={k} value={k}>
                {kindName(k)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}

/** Creates a meter (of an apartment or of the building) or edits one; errors show beside each field. */
export function MeterForm({
  associationId,
  draft,
  onDone,
}: {
  associationId: string;
  draft: MeterDraft;
  /** Called with the saved meter's serial, or without one when cancelled. */
  onDone(savedSerial?: string): void;
}) {
  const { t } = useTranslation("meters");
  const [d, setD] = useState(draft);
  const save = useSaveMeter(associationId);
  const set = (patch: Partial<MeterDraft>) => setD({ ...d, ...patch });
  const err = (path: string) => errorAt(save.error, path);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const meterId = d.isNew ? newMeterId(d.unitId, d.kind) : d.meterId;
    save.mutate({ meterId, body: meterBodyOf(d) }, { onSuccess: (m) => onDone(m.serial) });
  };
  const props = { associationId, d, set, err };
  return (
    <form className="card form" onSubmit={onSubmit} noValidate data-testid="meter-form">
      <h2 className="card__title">{d.isNew ? t("form.addTitle") : t("form.editTitle", { serial: draft.serial })}</h2>
      <div className="form-grid meter-form__grid">
        <IdentityFields {...props} />
        <DeviceFields {...props} />
      </div>
      <RegistersField
        registers={d.registers}
        fixedCount={!d.isNew}
        errorOf={err}
        onChange={(registers) => set({ registers })}
      />
      <RequestProblem error={save.error} shown={shownPaths} testId="meter-form-error" />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={save.isPending} data-testid="meter-save">
          {save.isPending ? t("form.saving") : t("form.save")}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone()}>
          {t("form.cancel")}
        </button>
      </div>
    </form>
  );
}
