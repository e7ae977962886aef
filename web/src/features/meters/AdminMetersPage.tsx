import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { importReadings, readingStatus, runEstimates } from "../../../../functions/meters/contracts-admin";
import { ApiError, request } from "../../api/client";
import { ErrorState, PageLoading, useErrorMessage } from "../../components/States";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { meterKeys } from "./api";
import { EnterReading } from "./EnterReading";

function thisMonth(): string {
  return new Date().toISOString().slice(0, 7);
}

function Problems({ error }: { error: unknown }) {
  const messageOf = useErrorMessage();
  if (!error) return null;
  const fields = error instanceof ApiError ? error.fields : [];
  return (
    <div className="notice notice--error" role="alert" data-testid="admin-error">
      <p>{messageOf(error)}</p>
      <ul>
        {fields.map((f) => (
          <li key={f.path}>
            {f.path}: {f.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The administrator's meters screen: who has not submitted, entry on behalf, import and estimates. */
export default function AdminMetersPage({ associationId }: { associationId: string }) {
  const { t } = useTranslation("meters");
  useDocumentTitle(t("admin.title"));
  const [period, setPeriod] = useState(thisMonth());
  const [onlyMissing, setOnlyMissing] = useState(true);
  const [csv, setCsv] = useState("");
  const client = useQueryClient();
  const status = useQuery({
    queryKey: meterKeys.status(associationId, period),
    queryFn: ({ signal }) => request(readingStatus, { params: { associationId, period }, signal }),
  });
  const refresh = () => void client.invalidateQueries({ queryKey: ["meters"] });
  const doImport = useMutation({
    mutationFn: () =>
      request(importReadings, {
        params: { associationId },
        body: { period, format: "csv", content: csv, dryRun: false },
      }),
    onSuccess: refresh,
  });
  const estimate = useMutation({
    mutationFn: () => request(runEstimates, { params: { associationId, period } }),
    onSuccess: refresh,
  });
  if (status.isPending) return <PageLoading />;
  if (status.isError) return <ErrorState error={status.error} onRetry={() => void status.refetch()} />;
  const units = status.data.units.filter((u) => !onlyMissing || u.missing > 0);
  return (
    <div className="page meters-page">
      <h1 className="page__title">{t("admin.title")}</h1>
      <label className="field">
        <span className="field__label">{t("period")}</span>
        <input className="input" type="month" value={period} onChange={(e) => setPeriod(e.target.value)} />
      </label>
      <section className="card">
        <h2 className="card__title">{t("admin.status")}</h2>
        <label>
          <input type="checkbox" checked={onlyMissing} onChange={(e) => setOnlyMissing(e.target.checked)} />{" "}
          {t("admin.onlyMissing")}
        </label>
        <div className="table-scroll">
          <table className="table" data-testid="status-table">
            <thead>
              <tr>
                <th>{t("admin.unit")}</th>
                <th>{t("admin.meters")}</th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr key={u.unitId} data-testid="status-row" data-missing={u.missing}>
                  <td>{u.number}</td>
                  <td>
                    {u.meters.map((m) => (
                      <span key={m.meterId} className={`tag tag--${m.state}`} title={m.meterId}>
                        {t(`kinds.${m.kind as "water_cold"}`)}: {t(`states.${m.state}`)}
                        {m.reading ? ` ${m.reading.values.join(" / ")}` : ""}
                        {m.reading?.flagged ? ` ⚑ ${t("flagged")}` : ""}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => estimate.mutate()}
          disabled={estimate.isPending}
          data-testid="run-estimates"
        >
          {t("admin.estimate")}
        </button>
        {estimate.isSuccess && (
          <p className="notice notice--ok">{t("admin.estimated", { count: estimate.data.estimated })}</p>
        )}
        <Problems error={estimate.error} />
      </section>
      <EnterReading associationId={associationId} period={period} onDone={refresh} />
      <section className="card">
        <h2 className="card__title">{t("admin.import")}</h2>
        <p className="field__hint">{t("admin.importHint")}</p>
        <textarea
          className="input"
          rows={6}
          value={csv}
          onChange={(e) => setCsv(e.target.value)}
          data-testid="import-csv"
        />
        <button
          type="button"
          className="button"
          disabled={!csv.trim() || doImport.isPending}
          onClick={() => doImport.mutate()}
        >
          {t("admin.importSubmit")}
        </button>
        {doImport.isSuccess && (
          <p className="notice notice--ok">{t("admin.imported", { count: doImport.data.imported })}</p>
        )}
        <Problems error={doImport.error} />
      </section>
    </div>
  );
}
