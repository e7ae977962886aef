import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { enterReadings } from "../../../../functions/meters/contracts-admin";
import { request } from "../../api/client";
import { useUnits } from "../billing/lib/api";
import { Field, fieldError, RequestError } from "../billing/lib/ui";
import { type AdminMeter, useMeterList } from "./admin-api";
import { ValuesField } from "./ValuesField";

type Translate = ReturnType<typeof useTranslation<"meters">>["t"];

/** "Ap. 12 · Cold water · WC-7112", building meters last, in apartment order. */
function meterOptions(meters: AdminMeter[], numbers: ReadonlyMap<string, string>, t: Translate) {
  const place = (m: AdminMeter) => (m.unitId ? (numbers.get(m.unitId) ?? m.unitId) : undefined);
  const label = (m: AdminMeter) => {
    const where = place(m);
    const prefix = where === undefined ? t("registry.building") : t("form.unitNumber", { number: where });
    return `${prefix} · ${t(`kinds.${m.kind}`)} · ${m.serial}`;
  };
  const order = (m: AdminMeter) => place(m) ?? "\uffff";
  return meters
    .filter((m) => m.status === "active")
    .sort((a, b) => order(a).localeCompare(order(b), undefined, { numeric: true }))
    .map((m) => ({ meter: m, label: label(m) }));
}

/** Entry (or correction) of one reading on behalf of an owner, or of a building meter. */
export function EnterReading({
  associationId,
  period,
  onDone,
}: {
  associationId: string;
  period: string;
  onDone(): void;
}) {
  const { t } = useTranslation("meters");
  const meters = useMeterList(associationId);
  const units = useUnits(associationId);
  const [meterId, setMeterId] = useState("");
  const [values, setValues] = useState<string[]>([]);
  const enter = useMutation({
    mutationFn: () =>
      request(enterReadings, {
        params: { associationId },
        body: { period, readings: [{ meterId, values: values.map((v) => v.trim()), confirm: true }] },
      }),
    onSuccess: () => {
      setValues([]);
      onDone();
    },
  });
  const numbers = new Map((units.data?.units ?? []).map((u) => [u.unitId, u.number]));
  const options = meterOptions(meters.data?.meters ?? [], numbers, t);
  const chosen = options.find((o) => o.meter.meterId === meterId)?.meter;
  const codes = chosen?.registers.map((r) => r.code) ?? [];
  const complete = codes.length > 0 && codes.every((_, i) => (values[i] ?? "").trim() !== "");
  return (
    <section className="card">
      <h2 className="card__title">{t("admin.enter")}</h2>
      <form
        className="form"
        data-testid="enter-reading"
        onSubmit={(e) => {
          e.preventDefault();
          enter.mutate();
        }}
      >
        <Field label={t("admin.meter")} error={fieldError(enter.error, "readings.0.meterId")}>
          {(a) => (
            <select
              {...a}
              className="select"
              value={meterId}
              data-testid="enter-meter"
              onChange={(e) => {
                setMeterId(e.target.value);
                setValues([]);
              }}
            >
              <option value="">{t("admin.chooseMeter")}</option>
              {options.map((o) => (
                <option key={o.meter.meterId} value={o.meter.meterId}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {chosen && (
          <ValuesField
            legend={t("admin.values")}
            codes={codes}
            values={values}
            prefix="readings.0.values"
            error={enter.error}
            testId="enter-values"
            onChange={setValues}
          />
        )}
        <RequestError error={enter.error} />
        {enter.isSuccess && <p className="notice notice--ok">{t("saved", { count: 1 })}</p>}
        <div className="actions">
          <button type="submit" className="button" disabled={!complete || enter.isPending}>
            {t("submit")}
          </button>
        </div>
      </form>
    </section>
  );
}
