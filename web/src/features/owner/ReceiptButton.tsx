import { useState } from "react";
import { useTranslation } from "react-i18next";
import { receiptFile } from "../../../../functions/documents/contracts";
import { downloadFile, fileUrl } from "../billing/lib/download";
import { RequestError } from "../billing/lib/ui";

/** Downloads a unit's receipt PDF (with the payment QR) for a period, or the latest one. */
export function ReceiptButton({
  associationId,
  unitId,
  period,
  label,
  secondary = false,
}: {
  associationId: string;
  unitId: string;
  period?: string;
  label?: string;
  secondary?: boolean;
}) {
  const { t } = useTranslation("billing");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const onClick = async () => {
    setBusy(true);
    setError(null);
    try {
      await downloadFile(
        fileUrl(receiptFile.path, { associationId, unitId }, { period }),
        `receipt-${unitId}${period ? `-${period}` : ""}.pdf`,
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="receipt">
      <button
        type="button"
        className={secondary ? "button button--secondary" : "button"}
        data-testid="download-receipt"
        disabled={busy}
        aria-describedby={error ? "receipt-error" : undefined}
        onClick={() => void onClick()}
      >
        {busy ? t("common.downloading") : (label ?? t("owner.downloadReceipt"))}
      </button>
      {error !== null && (
        <div id="receipt-error">
          <RequestError error={error} testId="receipt-error" />
        </div>
      )}
    </div>
  );
}
