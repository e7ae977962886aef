import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, PageLoading } from "../../../components/States";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { useUnits } from "../../billing/lib/api";
import { useFormat } from "../../billing/lib/format";
import { Field, RequestError } from "../../billing/lib/ui";
import { type QueueLine, useAssignLine, useImportStatement, useQueue } from "../api";
import { UnitSelect } from "../ui";

type Format = "camt053" | "mt940" | "csv";

function ImportForm({ associationId }: { associationId: string }) {
  const { t } = useTranslation("payments");
  const run = useImportStatement(associationId);
  const [format, setFormat] = useState<Format>("camt053");
  const [bank, setBank] = useState("");
  const [content, setContent] = useState("");
  const [fileName, setFileName] = useState("");
  const onFile = async (file: File | undefined) => {
    setFileName(file?.name ?? "");
    setContent(file ? await file.text() : "");
  };
  return (
    <form
      className="card form"
      onSubmit={(e) => {
        e.preventDefault();
        run.mutate({ format, content, ...(format === "csv" && bank ? { bank } : {}) });
      }}
    >
      <h2 className="card__title">{t("statements.import")}</h2>
      <Field label={t("statements.format")}>
        {(p) => (
          <select {...p} className="select" value={format} onChange={(e) => setFormat(e.target.value as Format)}>
            <option value="camt053">camt.053 (ISO 20022 XML)</option>
            <option value="mt940">MT940</option>
            <option value="csv">CSV</option>
          </select>
        )}
      </Field>
      {format === "csv" && (
        <Field label={t("statements.bank")} hint={t("statements.bankHint")}>
          {(p) => <input {...p} className="input" value={bank} onChange={(e) => setBank(e.target.value)} />}
        </Field>
      )}
      <Field label={t("statements.file")} hint={fileName || undefined}>
        {(p) => (
          <input
            {...p}
            className="input input--file"
            type="file"
            accept=".xml,.sta,.mt940,.txt,.csv"
            data-testid="statement-file"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={!content || run.isPending}>
        {t("statements.submit")}
      </button>
      {run.isSuccess && (
        <div className="notice notice--ok" role="status" data-testid="import-result">
          <p className="notice__title">{t("statements.done", { count: run.data.lines })}</p>
          <p>
            {t("statements.summary", {
              matched: run.data.matched,
              suggested: run.data.suggested,
              unmatched: run.data.unmatched,
              ignored: run.data.ignored,
              already: run.data.alreadyImported,
            })}
          </p>
        </div>
      )}
      <RequestError error={run.error} testId="import-error" />
    </form>
  );
}

function QueueRow({ associationId, line, currency }: { associationId: string; line: QueueLine; currency: string }) {
  const { t } = useTranslation("payments");
  const f = useFormat(currency);
  const assign = useAssignLine(associationId);
  const units = useUnits(associationId);
  const [unitId, setUnitId] = useState(line.suggestedUnitId ?? "");
  return (
    <li className="card" data-testid="queue-line" data-status={line.status}>
      <p className="row">
        <span className="row__date">{f.date(line.bookingDate)}</span>
        <span className="row__label strong">{line.name || "—"}</span>
        <span className="row__amount">{f.money(line.amountMinor)}</span>
      </p>
      <p className="small">
        {t("statements.reference")}: <span className="mono">{line.reference || "—"}</span>
      </p>
      {line.suggestedUnitId && (
        <p className="small">
          {t("statements.suggestion", {
            unit: units.data?.units.find((u) => u.unitId === line.suggestedUnitId)?.number ?? line.suggestedUnitId,
            confidence: Math.round(line.confidence * 100),
          })}
        </p>
      )}
      <div className="actions actions--tight">
        <label className="visually-hidden" htmlFor={`unit-${line.lineId}`}>
          {t("common.unitLabel")}
        </label>
        <UnitSelect associationId={associationId} value={unitId} onChange={setUnitId} id={`unit-${line.lineId}`} />
        <button
          type="button"
          className="button button--small"
          disabled={!unitId || assign.isPending}
          onClick={() => assign.mutate({ lineId: line.lineId, unitId })}
        >
          {line.suggestedUnitId === unitId ? t("statements.confirm") : t("statements.assign")}
        </button>
      </div>
      <RequestError error={assign.error} />
    </li>
  );
}

/** Statement import (camt.053, MT940, CSV) and the queue of transfers waiting for a person. */
export default function StatementsPage({ associationId }: { associationId: string }) {
  const { t } = useTranslation("payments");
  useDocumentTitle(t("statements.title"));
  const queue = useQueue(associationId);
  return (
    <div className="page">
      <h1 className="page__title">{t("statements.title")}</h1>
      <ImportForm associationId={associationId} />
      <section aria-labelledby="queue-title">
        <h2 className="page__subtitle" id="queue-title">
          {t("statements.queue")}
        </h2>
        {queue.isPending && <PageLoading />}
        {queue.isError && <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />}
        {queue.data?.lines.length === 0 && <p className="empty">{t("statements.queueEmpty")}</p>}
        <ul className="rows" data-testid="queue">
          {queue.data?.lines.map((l) => (
            <QueueRow key={l.lineId} associationId={associationId} line={l} currency={queue.data.currency} />
          ))}
        </ul>
      </section>
    </div>
  );
}
