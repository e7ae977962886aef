import { useTranslation } from "react-i18next";
import { useFormat } from "../../lib/format";
import { usePaymentListRecord } from "../../lib/record-api";
import { RequestError } from "../../lib/ui";

/** The first 12 hex digits: enough to compare a printed list with the stored one by eye. */
const short = (sha256: string) => sha256.slice(0, 12);

function kilobytes(bytes: number, locale: string) {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024);
}

/**
 * When the month's list was published, and the fingerprints of the stored PDF and CSV: the list
 * on the notice board is this record, whatever is corrected afterwards.
 */
export function PublishedRecord({ associationId, period }: { associationId: string; period: string }) {
  const { t } = useTranslation("billing");
  const f = useFormat("RON");
  const record = usePaymentListRecord(associationId, period);
  if (record.isError) return <RequestError error={record.error} />;
  if (!record.data) return <p className="field__hint">{t("listRecord.storing")}</p>;
  const { publishedAt, pdf, csv } = record.data;
  return (
    <div data-testid="published-record">
      {publishedAt && (
        <p data-testid="published-at">{t("listRecord.publishedAt", { when: f.dateTime(publishedAt) })}</p>
      )}
      <ul className="field__hint">
        {(
          [
            ["PDF", pdf],
            ["CSV", csv],
          ] as const
        ).map(([name, file]) => (
          <li key={name}>
            {t("listRecord.file", { name, size: kilobytes(file.sizeBytes, f.locale) })}{" "}
            <abbr title={file.sha256} data-testid={`record-${name.toLowerCase()}-hash`} data-sha256={file.sha256}>
              <code>{short(file.sha256)}</code>
            </abbr>
          </li>
        ))}
      </ul>
      <p className="field__hint">{t("listRecord.hint")}</p>
    </div>
  );
}
