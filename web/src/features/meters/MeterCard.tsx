import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ApiError } from "../../api/client";
import type { MeterRow } from "./api";
import { uploadPhoto } from "./api";
import { meterPaths } from "./namespace";

export interface Draft {
  values: string[];
  confirm: boolean;
  photoKey?: string;
}

interface Props {
  associationId: string;
  unitId: string;
  row: MeterRow;
  draft: Draft;
  editable: boolean;
  errors: (path: string) => string | undefined;
  needsConfirm: boolean;
  onChange(next: Draft): void;
}

/** One meter on the owner's screen: previous reading and usual consumption beside the inputs. */
export function MeterCard({ associationId, unitId, row, draft, editable, errors, needsConfirm, onChange }: Props) {
  const { t } = useTranslation("meters");
  const { meter, previous, current } = row;
  const disabled = !editable || row.verificationExpired;
  const [photoError, setPhotoError] = useState<string>();
  const onPhoto = async (file: File | undefined) => {
    if (!file) return;
    setPhotoError(undefined);
    try {
      const photoKey = await uploadPhoto({ associationId, unitId, meterId: meter.meterId }, file);
      onChange({ ...draft, photoKey });
    } catch (error) {
      // The server names the problem (type or size) in the person's language.
      const fields = error instanceof ApiError ? error.fields.map((f) => f.message) : [];
      setPhotoError(fields.join(" ") || t("photoFailed"));
    }
  };
  return (
    <section className="card meter-card" data-testid="meter-card" data-meter-id={meter.meterId}>
      <h2 className="card__title">
        {t(`kinds.${meter.kind}`)} <span className="meter-card__serial">№ {meter.serial}</span>
      </h2>
      <p className="meter-card__meta">
        {meter.location && <span>{meter.location} · </span>}
        {previous ? t("previous", { values: previous.values.join(" / "), period: previous.period }) : t("noPrevious")}
        {row.typical && <span> · {t("typical", { value: row.typical })}</span>}
      </p>
      {row.verificationExpired && (
        <p className="notice notice--error" data-testid="verification-expired">
          {t("verificationExpired", { date: meter.verificationDue })}
        </p>
      )}
      {current && (
        <p className="meter-card__current" data-testid="current-reading">
          {t(current.estimated ? "currentEstimated" : "current", { values: current.values.join(" / ") })}
          {current.flagged && <span className="tag">{t("flagged")}</span>}
        </p>
      )}
      <div className="meter-card__inputs">
        {meter.registers.map((r, i) => {
          const error = errors(`values.${i}`);
          return (
            <label key={r.code} className="field">
              <span className="field__label">
                {meter.registers.length > 1 ? t("register", { code: r.code }) : t("newReading")}
              </span>
              <input
                className="input"
                inputMode="decimal"
                autoComplete="off"
                disabled={disabled}
                data-testid={`reading-${meter.meterId}-${i}`}
                value={draft.values[i] ?? ""}
                aria-invalid={error ? true : undefined}
                onChange={(e) =>
                  onChange({ ...draft, values: draft.values.map((v, j) => (j === i ? e.target.value : v)) })
                }
              />
              {error && <span className="field__error">{error}</span>}
            </label>
          );
        })}
      </div>
      {errors("") && <p className="field__error">{errors("")}</p>}
      {needsConfirm && (
        <label className="meter-card__confirm">
          <input
            type="checkbox"
            data-testid={`confirm-${meter.meterId}`}
            checked={draft.confirm}
            onChange={(e) => onChange({ ...draft, confirm: e.target.checked })}
          />{" "}
          {errors("confirm") ?? t("confirm")}
        </label>
      )}
      <div className="meter-card__footer">
        {!disabled && (
          <label className="link meter-card__photo">
            {draft.photoKey ? t("photoAttached") : t("addPhoto")}
            <input
              type="file"
              accept="image/jpeg,image/png,image/webp,image/heic,.heic"
              capture="environment"
              className="visually-hidden"
              onChange={(e) => void onPhoto(e.target.files?.[0])}
            />
          </label>
        )}
        {photoError && (
          <p className="field__error" role="alert" data-testid={`photo-error-${meter.meterId}`}>
            {photoError}
          </p>
        )}
        <Link
          className="link"
          href={meterPaths.history(associationId, unitId, meter.meterId)}
          data-testid="history-link"
        >
          {t("history")}
        </Link>
      </div>
    </section>
  );
}
