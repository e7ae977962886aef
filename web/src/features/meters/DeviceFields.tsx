import { useTranslation } from "react-i18next";
import { Field, TextField } from "../billing/lib/ui";
import type { MeterDraft } from "./meter-draft";

interface DeviceFieldsProps {
  d: MeterDraft;
  set(patch: Partial<MeterDraft>): void;
  err(path: string): string | undefined;
  /** Prefix of the inputs' test ids: `meter-serial` on the meter form, `replace-serial` when replacing. */
  testIds?: "meter" | "replace";
}

function DateField(props: { label: string; error?: string; value: string; testId: string; onChange(v: string): void }) {
  return (
    <Field label={props.label} error={props.error}>
      {(a) => (
        <input
          {...a}
          className="input"
          type="date"
          value={props.value}
          data-testid={props.testId}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** Serial, location and dates: what may be corrected later. */
export function DeviceFields({ d, set, err, testIds = "meter" }: DeviceFieldsProps) {
  const { t } = useTranslation("meters");
  return (
    <>
      <Field label={t("form.serial")} error={err("serial")}>
        {(a) => (
          <input
            {...a}
            className="input input--mono"
            value={d.serial}
            data-testid={`${testIds}-serial`}
            onChange={(e) => set({ serial: e.target.value })}
          />
        )}
      </Field>
      <TextField
        label={t("form.location")}
        error={err("location")}
        value={d.location}
        onChange={(location) => set({ location })}
      />
      <DateField
        label={t("form.installedOn")}
        error={err("installedOn")}
        value={d.installedOn}
        testId={`${testIds}-installed`}
        onChange={(installedOn) => set({ installedOn })}
      />
      <DateField
        label={t("form.verificationDue")}
        error={err("verificationDue")}
        value={d.verificationDue}
        testId={`${testIds}-verification`}
        onChange={(verificationDue) => set({ verificationDue })}
      />
    </>
  );
}
