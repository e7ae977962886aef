import { type ChangeEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ApiError } from "../../../api/client";
import { toAdmin } from "../../../app/paths";
import { ImportPreviewTable, type ImportProblem, ImportProblemTable } from "../../../components/ImportTables";
import { type PickedFile, readImportFile } from "../../../components/import-file";
import { useErrorMessage } from "../../../components/States";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { useImportUnits } from "../lib/api";
import { PageHeader, Status } from "../lib/ui";

function rowErrors(error: unknown): ImportProblem[] {
  if (!(error instanceof ApiError)) return [];
  const rows = error.fields.map((f) => {
    const rows = /^rows\.(\d+)\.(.+)$/.exec(f.path);
    if (rows) return { row: rows[1] ?? "", column: rows[2] ?? "", message: f.message };
    const columns = /^columns\.(.+)$/.exec(f.path);
    if (columns) return { row: "1", column: columns[1] ?? "", message: f.message };
    const units = /^units\.([^.]+)\.?(.*)$/.exec(f.path);
    if (units) return { row: "", column: units[2] || units[1] || "", message: f.message };
    return { row: "", column: f.path, message: f.message };
  });
  // In the file's order: by row, then column.
  return rows.sort((a, b) => Number(a.row || 0) - Number(b.row || 0) || a.column.localeCompare(b.column));
}

/** Import units from CSV or XLSX: a dry run shows every row-level problem, then the import is confirmed. */
export default function ImportUnitsPage({ associationId }: { associationId: string }) {
  const { t } = useTranslation("billing");
  useDocumentTitle(t("import.title"));
  const inputId = useId();
  const messageOf = useErrorMessage();
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [readError, setReadError] = useState(false);
  const dryRun = useImportUnits(associationId);
  const commit = useImportUnits(associationId);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    dryRun.reset();
    commit.reset();
    setReadError(false);
    if (!file) return setPicked(null);
    try {
      const next = await readImportFile(file);
      setPicked(next);
      dryRun.mutate({ format: next.format, content: next.content, dryRun: true });
    } catch {
      setReadError(true);
    }
  };

  const errors = rowErrors(dryRun.error);
  const body = picked?.rows?.slice(1) ?? [];
  const badRows = new Set(errors.map((e) => e.row));

  return (
    <div className="page">
      <PageHeader title={t("import.title")} lead={t("import.lead")}>
        <p className="field__hint">{t("import.columns")}</p>
        <p className="mono small">
          unitId, number, building, staircase, type, floor, area, sharePpm, persons, personsFrom, paymentReference
        </p>
      </PageHeader>
      <section className="card form" aria-labelledby="import-step1">
        <h2 className="card__title" id="import-step1">
          {t("import.step1")}
        </h2>
        <div className="field">
          <label className="field__label" htmlFor={inputId}>
            {t("import.file")}
          </label>
          <input
            id={inputId}
            className="input input--file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="import-file"
            onChange={(e) => void onFile(e)}
          />
        </div>
        {readError && (
          <p className="field__error" role="alert">
            {t("import.unreadable")}
          </p>
        )}
        {dryRun.isPending && <p role="status">{t("import.checking")}</p>}
      </section>

      {picked && dryRun.isError && (
        <section className="card" aria-labelledby="import-errors" data-testid="import-errors">
          <h2 className="card__title" id="import-errors">
            {t("import.errorsTitle", { count: errors.length || 1 })}
          </h2>
          <p className="notice notice--error" role="alert">
            {messageOf(dryRun.error)} {t("import.nothingWritten")}
          </p>
          {errors.length > 0 && (
            <ImportProblemTable
              problems={errors}
              label={t("import.errorsTitle", { count: errors.length })}
              labels={{ row: t("import.row"), column: t("import.column"), message: t("import.message") }}
            />
          )}
        </section>
      )}

      {picked && dryRun.isSuccess && !commit.isSuccess && (
        <section className="card form" aria-labelledby="import-step2" data-testid="import-ready">
          <h2 className="card__title" id="import-step2">
            {t("import.step2")}
          </h2>
          <Status testId="import-dry-run">
            {t("import.dryRunOk", { created: dryRun.data.created, updated: dryRun.data.updated })}{" "}
            {dryRun.data.sharesComputedFromArea && t("import.sharesFromArea")}
          </Status>
          <button
            type="button"
            className="button button--primary"
            data-testid="import-confirm"
            disabled={commit.isPending}
            onClick={() => commit.mutate({ format: picked.format, content: picked.content, dryRun: false })}
          >
            {commit.isPending
              ? t("import.importing")
              : t("import.confirm", { count: dryRun.data.created + dryRun.data.updated })}
          </button>
          {commit.isError && (
            <p className="notice notice--error" role="alert">
              {messageOf(commit.error)}
            </p>
          )}
        </section>
      )}

      {commit.isSuccess && (
        <Status testId="import-done">
          {t("import.done", { created: commit.data.created, updated: commit.data.updated })}{" "}
          <Link href={toAdmin(associationId, "units")}>{t("import.backToUnits")}</Link>
        </Status>
      )}

      {picked?.rows && body.length > 0 && (
        <section className="card" aria-labelledby="import-preview">
          <h2 className="card__title" id="import-preview">
            {t("import.preview", { count: body.length, file: picked.name })}
          </h2>
          <ImportPreviewTable
            rows={picked.rows}
            bad={badRows}
            label={t("import.preview", { count: body.length, file: picked.name })}
            rowLabel={t("import.row")}
            limit={200}
          />
        </section>
      )}
    </div>
  );
}
