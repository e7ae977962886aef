import { type ChangeEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ImportPreviewTable, ImportProblemTable } from "../../components/ImportTables";
import { type PickedFile, readImportFile } from "../../components/import-file";
import { useErrorMessage } from "../../components/States";
import { Status } from "../billing/lib/ui";
import { useImportReadings } from "./admin-api";
import { type RowProblem, rowProblems } from "./row-problems";

function ProblemTable({ problems }: { problems: RowProblem[] }) {
  const { t } = useTranslation("meters");
  const labels = { row: t("import.row"), column: t("import.column"), message: t("import.message") };
  return <ImportProblemTable problems={problems} label={t("import.errorsTitle")} labels={labels} />;
}

/** The first rows of a CSV as read in the browser, rows the server refused marked. */
function Preview({ picked, bad }: { picked: PickedFile; bad: ReadonlySet<string> }) {
  const { t } = useTranslation("meters");
  const count = (picked.rows?.length ?? 1) - 1;
  if (!picked.rows || count <= 0) return null;
  const label = t("import.preview", { file: picked.name, count });
  return (
    <ImportPreviewTable rows={picked.rows} bad={bad} label={label} rowLabel={t("import.row")} limit={50} caption />
  );
}

/**
 * Readings of a month from a CSV or XLSX file: the file is checked whole first (a dry run that
 * writes nothing and lists every row at fault), then imported all-or-nothing on confirmation.
 * The page remounts it when the month changes, so a check never applies to another month.
 */
export function ImportReadings({ associationId, period }: { associationId: string; period: string }) {
  const { t } = useTranslation("meters");
  const inputId = useId();
  const messageOf = useErrorMessage();
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [unreadable, setUnreadable] = useState(false);
  const check = useImportReadings(associationId);
  const commit = useImportReadings(associationId);
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    check.reset();
    commit.reset();
    setUnreadable(false);
    setPicked(null);
    if (!file) return;
    try {
      const next = await readImportFile(file);
      setPicked(next);
      check.mutate({ period, format: next.format, content: next.content, dryRun: true });
    } catch {
      setUnreadable(true);
    }
  };
  const problems = rowProblems(check.error);
  const ready = picked && check.isSuccess && !commit.isSuccess;
  return (
    <section className="card form" data-testid="import-readings">
      <h2 className="card__title">{t("admin.import")}</h2>
      <p className="field__hint">{t("admin.importHint")}</p>
      <div className="field">
        <label className="field__label" htmlFor={inputId}>
          {t("import.file", { period })}
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
      {unreadable && (
        <p className="field__error" role="alert">
          {t("import.unreadable")}
        </p>
      )}
      {check.isPending && <p role="status">{t("import.checking")}</p>}
      {picked && check.isError && (
        <div className="notice notice--error" role="alert" data-testid="import-errors">
          <p className="notice__title">
            {messageOf(check.error)} {t("import.nothingWritten")}
          </p>
          {problems.length > 0 && <ProblemTable problems={problems} />}
        </div>
      )}
      {ready && (
        <div data-testid="import-ready">
          <Status testId="import-dry-run">{t("import.checked", { ...check.data, period })}</Status>
          <button
            type="button"
            className="button button--primary"
            data-testid="import-confirm"
            disabled={commit.isPending}
            onClick={() => commit.mutate({ period, format: picked.format, content: picked.content, dryRun: false })}
          >
            {commit.isPending ? t("import.importing") : t("import.confirm", { count: check.data.imported })}
          </button>
        </div>
      )}
      {commit.isError && (
        <p className="notice notice--error" role="alert">
          {messageOf(commit.error)}
        </p>
      )}
      {commit.isSuccess && <Status testId="import-done">{t("import.done", commit.data)}</Status>}
      {picked && <Preview picked={picked} bad={new Set(problems.map((p) => p.row))} />}
    </section>
  );
}
