import { useState } from "react";
import { useTranslation } from "react-i18next";
import { debtorsFile } from "../../../../../functions/debts/contracts";
import { ErrorState, PageLoading } from "../../../components/States";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { downloadFile, fileUrl } from "../../billing/lib/download";
import { useFormat } from "../../billing/lib/format";
import { Field, RequestError } from "../../billing/lib/ui";
import { type CaseNoteInput, type Debtors, useAddCaseNote, useCases, useDebtHistory, useDebtors } from "../api";
import { today } from "../ui";
import { CaseDocuments } from "./CaseDocuments";

const buckets = ["d0_30", "d31_60", "d61_90", "d90plus"] as const;
const statuses = ["notice_sent", "payment_plan", "court", "enforcement", "closed"] as const;

function Exports({ associationId }: { associationId: string }) {
  const { t } = useTranslation("payments");
  const [error, setError] = useState<unknown>(null);
  const get = (format: "csv" | "xlsx") =>
    downloadFile(fileUrl(debtorsFile.path, { associationId }, { format }), `debtors.${format}`).catch(setError);
  return (
    <div className="actions">
      <button type="button" className="button button--secondary" onClick={() => void get("csv")}>
        {t("debts.exportCsv")}
      </button>
      <button type="button" className="button button--secondary" onClick={() => void get("xlsx")}>
        {t("debts.exportXlsx")}
      </button>
      <RequestError error={error} />
    </div>
  );
}

function CasePanel({ associationId, unitId, currency }: { associationId: string; unitId: string; currency: string }) {
  const { t } = useTranslation("payments");
  const f = useFormat(currency);
  const history = useDebtHistory(associationId, unitId);
  const cases = useCases(associationId);
  const add = useAddCaseNote(associationId);
  const current = cases.data?.cases.find((c) => c.unitId === unitId);
  const [note, setNote] = useState<CaseNoteInput>({ date: today(), text: "" });
  return (
    <section className="card" aria-labelledby="case-title" data-testid="case-panel">
      <h2 className="card__title" id="case-title">
        {t("debts.caseFor", { unit: unitId })}
      </h2>
      {current ? (
        <p>
          <span className="tag">{t(`status.${current.status}`)}</span>{" "}
          {t("debts.openedOn", { date: f.date(current.openedOn) })}
        </p>
      ) : (
        <p className="empty">{t("debts.noCase")}</p>
      )}
      <ul className="rows">
        {current?.notes.map((n) => (
          <li key={n.at} className="row">
            <span className="row__date">{f.date(n.date)}</span>
            <span className="row__label">
              {n.status ? `[${t(`status.${n.status}`)}] ` : ""}
              {n.text}
            </span>
          </li>
        ))}
      </ul>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate({ unitId, body: note }, { onSuccess: () => setNote({ date: today(), text: "" }) });
        }}
      >
        <Field label={t("debts.noteDate")}>
          {(p) => (
            <input
              {...p}
              className="input"
              type="date"
              value={note.date}
              onChange={(e) => setNote({ ...note, date: e.target.value })}
            />
          )}
        </Field>
        <Field label={t("debts.note")}>
          {(p) => (
            <textarea
              {...p}
              className="input"
              rows={2}
              value={note.text}
              onChange={(e) => setNote({ ...note, text: e.target.value })}
            />
          )}
        </Field>
        <Field label={t("debts.status")}>
          {(p) => (
            <select
              {...p}
              className="select"
              value={note.status ?? ""}
              onChange={(e) => {
                const { status: _s, ...rest } = note;
                setNote(e.target.value ? { ...rest, status: e.target.value as CaseNoteInput["status"] } : rest);
              }}
            >
              <option value="">{t("debts.keepStatus")}</option>
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button" disabled={!note.text || add.isPending}>
          {t("debts.addNote")}
        </button>
        <RequestError error={add.error} />
      </form>
      <CaseDocuments associationId={associationId} unitId={unitId} current={current} currency={currency} />
      <h3 className="card__title">{t("debts.history")}</h3>
      <ul className="rows">
        {(history.data?.history ?? [])
          .slice(-12)
          .reverse()
          .map((h) => (
            <li key={`${h.date}-${h.description}-${h.balanceMinor}`} className="row">
              <span className="row__date">{f.date(h.date)}</span>
              <span className="row__label">{h.description}</span>
              <span className="row__amount">{f.money(h.amountMinor)}</span>
              <span className="row__meta">{f.money(h.balanceMinor)}</span>
            </li>
          ))}
      </ul>
    </section>
  );
}

function DebtorTable({ data, onPick }: { data: Debtors; onPick: (unitId: string) => void }) {
  const { t } = useTranslation("payments");
  const f = useFormat(data.currency);
  return (
    <div className="table-wrap">
      <table className="table table--compact" data-testid="debtors-table">
        <caption className="visually-hidden">{t("debts.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("common.unitLabel")}</th>
            {buckets.map((b) => (
              <th scope="col" key={b}>
                {t(`aging.${b}`)}
              </th>
            ))}
            <th scope="col">{t("debts.total")}</th>
            <th scope="col">{t("debts.case")}</th>
          </tr>
        </thead>
        <tbody>
          {data.debtors.map((d) => (
            <tr key={d.unitId}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onPick(d.unitId)}>
                  {d.number}
                </button>
                <span className="small"> {d.owners.join(", ")}</span>
              </th>
              {buckets.map((b) => (
                <td key={b} className="nowrap">
                  {d.aging[b] ? f.money(d.aging[b]) : "—"}
                </td>
              ))}
              <td className="nowrap strong">{f.money(d.overdueMinor)}</td>
              <td>{d.caseStatus ? t(`status.${d.caseStatus}`) : ""}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("debts.totals", { count: data.totals.debtors })}</th>
            {buckets.map((b) => (
              <td key={b} className="nowrap">
                {f.money(data.totals.aging[b])}
              </td>
            ))}
            <td className="nowrap strong">{f.money(data.totals.overdueMinor)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Debtors with aging buckets and totals, exports, and each unit's case with dated notes. */
export default function DebtorsPage({ associationId }: { associationId: string }) {
  const { t } = useTranslation("payments");
  useDocumentTitle(t("debts.title"));
  const debtors = useDebtors(associationId);
  const [unitId, setUnitId] = useState<string>();
  const f = useFormat(debtors.data?.currency ?? "RON");
  if (debtors.isPending) return <PageLoading />;
  if (debtors.isError) return <ErrorState error={debtors.error} onRetry={() => void debtors.refetch()} />;
  return (
    <div className="page">
      <h1 className="page__title">{t("debts.title")}</h1>
      <p className="page__lead">{t("debts.asOf", { date: f.date(debtors.data.asOf) })}</p>
      <Exports associationId={associationId} />
      {debtors.data.debtors.length === 0 ? (
        <p className="empty">{t("debts.none")}</p>
      ) : (
        <DebtorTable data={debtors.data} onPick={setUnitId} />
      )}
      {unitId && <CasePanel associationId={associationId} unitId={unitId} currency={debtors.data.currency} />}
    </div>
  );
}
