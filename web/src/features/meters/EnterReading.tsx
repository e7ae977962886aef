import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { enterReadings } from "../../../../functions/meters/contracts-admin";
import { ApiError, request } from "../../api/client";
import { useErrorMessage } from "../../components/States";

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
  const messageOf = useErrorMessage();
  const [meterId, setMeterId] = useState("");
  const [values, setValues] = useState("");
  const enter = useMutation({
    mutationFn: () =>
      request(enterReadings, {
        params: { associationId },
        body: { period, readings: [{ meterId, values: values.split("/").map((v) => v.trim()), confirm: true }] },
      }),
    onSuccess: onDone,
  });
  const fields = enter.error instanceof ApiError ? enter.error.fields : [];
  return (
    <section className="card">
      <h2 className="card__title">{t("admin.enter")}</h2>
      <form
        className="meter-card__inputs"
        onSubmit={(e) => {
          e.preventDefault();
          enter.mutate();
        }}
      >
        <label className="field">
          <span className="field__label">{t("admin.meterId")}</span>
          <input className="input" value={meterId} onChange={(e) => setMeterId(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{t("admin.values")}</span>
          <input className="input" inputMode="decimal" value={values} onChange={(e) => setValues(e.target.value)} />
        </label>
        <button type="submit" className="button" disabled={!meterId || !values || enter.isPending}>
          {t("submit")}
        </button>
      </form>
      {enter.isSuccess && <p className="notice notice--ok">{t("saved", { count: 1 })}</p>}
      {enter.isError && (
        <p className="notice notice--error" role="alert">
          {messageOf(enter.error)} {fields.map((f) => f.message).join(" ")}
        </p>
      )}
    </section>
  );
}
