import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Unit, usePutUnit } from "../../lib/api";
import { fieldError, RequestError, SaveButton, SelectField, TextField } from "../../lib/ui";
import { type UnitDraft, unitBodyOf, unitIdOf, unitTypes } from "./unit-draft";

/** Adding or editing one unit of the registry. */
export function UnitForm({
  associationId,
  draft,
  original,
  onDone,
}: {
  associationId: string;
  draft: UnitDraft;
  /** The unit as stored, whose history of persons the new count extends. */
  original?: Unit;
  onDone: () => void;
}) {
  const { t } = useTranslation("billing");
  const [d, setD] = useState(draft);
  const save = usePutUnit(associationId);
  const set = (patch: Partial<UnitDraft>) => setD({ ...d, ...patch });
  const err = (path: string) => fieldError(save.error, path);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const unitId = d.isNew ? unitIdOf(d.number) : d.unitId;
    save.mutate({ unitId, body: unitBodyOf(d, original) }, { onSuccess: onDone });
  };
  return (
    <form
      className="card form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="unit-form-title"
      data-testid="unit-form"
    >
      <h2 className="card__title" id="unit-form-title">
        {d.isNew ? t("units.addTitle") : t("units.editTitle", { unit: d.number })}
      </h2>
      <div className="form-grid">
        <TextField
          label={t("units.number")}
          error={err("number")}
          value={d.number}
          onChange={(number) => set({ number })}
        />
        <SelectField
          label={t("units.type")}
          value={d.type}
          options={unitTypes.map((ty) => ({ value: ty, label: t(`units.types.${ty}`) }))}
          onChange={(type) => set({ type })}
        />
        <TextField
          label={t("units.building")}
          error={err("building")}
          value={d.building}
          onChange={(building) => set({ building })}
        />
        <TextField
          label={t("units.staircase")}
          error={err("staircase")}
          value={d.staircase}
          onChange={(staircase) => set({ staircase })}
        />
        <TextField
          label={t("units.floor")}
          error={err("floor")}
          inputMode="numeric"
          value={d.floor}
          onChange={(floor) => set({ floor })}
        />
        <TextField
          label={t("units.area")}
          hint={t("units.areaHint")}
          error={err("area")}
          inputMode="decimal"
          value={d.area}
          onChange={(area) => set({ area })}
        />
        <TextField
          label={t("units.sharePercent")}
          hint={t("units.shareHint")}
          error={err("sharePpm")}
          inputMode="decimal"
          value={d.share}
          onChange={(share) => set({ share })}
        />
        <TextField
          label={t("units.persons")}
          error={err("persons")}
          inputMode="numeric"
          value={d.persons}
          onChange={(persons) => set({ persons })}
        />
        <TextField
          label={t("units.personsFrom")}
          hint={t("units.personsFromHint")}
          type="date"
          value={d.personsFrom}
          onChange={(personsFrom) => set({ personsFrom })}
        />
        <TextField
          label={t("units.reference")}
          error={err("paymentReference")}
          className="input input--mono"
          value={d.paymentReference}
          onChange={(paymentReference) => set({ paymentReference })}
        />
      </div>
      <RequestError error={save.error} />
      <div className="actions">
        <SaveButton pending={save.isPending} testId="unit-save" />
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
