import { useState } from "react";
import { useTranslation } from "react-i18next";
import { paymentListFile } from "../../../../../../functions/documents/contracts";
import { downloadFile, fileUrl } from "../../lib/download";
import { RequestError } from "../../lib/ui";
import { PublishedRecord } from "./PublishedRecord";

type ListFormat = "pdf" | "csv";

/** The published payment list as stored: a PDF to post in the stairwell or a CSV for the accountant. */
export function Downloads({ associationId, period }: { associationId: string; period: string }) {
  const { t } = useTranslation("billing");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<ListFormat | null>(null);
  const get = async (format: ListFormat) => {
    setError(null);
    setBusy(format);
    try {
      await downloadFile(
        fileUrl(paymentListFile.path, { associationId, period }, { format }),
        `payment-list-${period}.${format}`,
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="card form" aria-labelledby="review-downloads" data-testid="review-downloads">
      <h2 className="card__title" id="review-downloads">
        {t("review.downloads")}
      </h2>
      <p className="field__hint">{t("review.downloadsHint")}</p>
      <PublishedRecord associationId={associationId} period={period} />
      <div className="actions">
        <button
          type="button"
          className="button"
          data-testid="download-payment-list-pdf"
          disabled={busy !== null}
          onClick={() => void get("pdf")}
        >
          {busy === "pdf" ? t("common.downloading") : t("review.downloadPdf")}
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-testid="download-payment-list-csv"
          disabled={busy !== null}
          onClick={() => void get("csv")}
        >
          {busy === "csv" ? t("common.downloading") : t("review.downloadCsv")}
        </button>
      </div>
      <RequestError error={error} />
    </section>
  );
}
