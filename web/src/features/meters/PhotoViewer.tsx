import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useErrorMessage } from "../../components/States";
import { fetchReadingPhoto } from "./admin-api";

type Photo = Awaited<ReturnType<typeof fetchReadingPhoto>>;

/** Browsers other than Safari cannot draw HEIC: such photos are offered as a download. */
const drawable = new Set(["image/jpeg", "image/png", "image/webp"]);

/** The photo an owner attached to a reading, fetched when opened (each view is audited) and freed when closed. */
export function PhotoViewer({
  associationId,
  period,
  meterId,
  title,
  onClose,
}: {
  associationId: string;
  period: string;
  meterId: string;
  title: string;
  onClose(): void;
}) {
  const { t } = useTranslation("meters");
  const messageOf = useErrorMessage();
  const [photo, setPhoto] = useState<Photo>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    let current: Photo | undefined;
    let cancelled = false;
    fetchReadingPhoto(associationId, period, meterId).then(
      (p) => {
        if (cancelled) return URL.revokeObjectURL(p.objectUrl);
        current = p;
        setPhoto(p);
      },
      (e: unknown) => !cancelled && setError(e),
    );
    return () => {
      cancelled = true;
      if (current) URL.revokeObjectURL(current.objectUrl);
    };
  }, [associationId, period, meterId]);
  return (
    <section className="card meter-photo" aria-label={title} data-testid="photo-viewer">
      <h2 className="card__title">{title}</h2>
      {!photo && !error && <p role="status">{t("photo.loading")}</p>}
      {error !== undefined && (
        <p className="notice notice--error" role="alert">
          {messageOf(error)}
        </p>
      )}
      {photo && drawable.has(photo.contentType) && (
        <img className="meter-photo__image" src={photo.objectUrl} alt={title} data-testid="photo-image" />
      )}
      {photo && !drawable.has(photo.contentType) && <p>{t("photo.notShown")}</p>}
      <div className="actions">
        {photo && (
          <a className="button button--secondary" href={photo.objectUrl} download={`${meterId}-${period}`}>
            {t("photo.download")}
          </a>
        )}
        <button type="button" className="button button--secondary" onClick={onClose} data-testid="photo-close">
          {t("photo.close")}
        </button>
      </div>
    </section>
  );
}
