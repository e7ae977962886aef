import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { exportUnitsContract } from "../../../../../functions/registry/contracts";
import { toAdmin } from "../../../app/paths";
import { ErrorState, PageLoading } from "../../../components/States";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { type Owner, type Unit, type UnitInput, useOwners, usePutOwners, usePutUnit, useUnits } from "../lib/api";
import { fileUrl } from "../lib/download";
import { useFormat } from "../lib/format";
import {
  Field,
  fieldError,
  PageHeader,
  percentToPpm,
  ppmToPercent,
  RequestError,
  Status,
  TableWrap,
  TextField,
} from "../lib/ui";

const unitTypes = ["apartment", "commercial", "parking"] as const;

interface UnitDraft {
  unitId: string;
  isNew: boolean;
  number: string;
  building: string;
  staircase: string;
  type: Unit["type"];
  floor: string;
  area: string;
  share: string;
  persons: string;
  personsFrom: string;
  paymentReference: string;
}

const today = () => new Date().toISOString().slice(0, 10);

function draftOf(u: Unit): UnitDraft {
  const persons = u.persons.at(-1);
  return {
    unitId: u.unitId,
    isNew: false,
    number: u.number,
    building: u.building,
    staircase: u.staircase,
    type: u.type,
    floor: String(u.floor),
    area: u.area,
    share: ppmToPercent(u.sharePpm),
    persons: String(persons?.count ?? 0),
    personsFrom: persons?.from ?? today(),
    paymentReference: u.paymentReference,
  };
}

function bodyOf(d: UnitDraft, original: Unit | undefined): UnitInput {
  const count = Number(d.persons);
  const last = original?.persons.at(-1);
  // A changed number of persons starts a new period; earlier periods are kept for person-days.
  const history = original?.persons ?? [];
  const persons =
    last && last.count === count
      ? history
      : [
          ...history.filter((p) => p.from < d.personsFrom).map((p) => (p.to ? p : { ...p, to: d.personsFrom })),
          { count, from: d.personsFrom },
        ];
  return {
    number: d.number.trim(),
    building: d.building.trim(),
    staircase: d.staircase.trim(),
    type: d.type,
    floor: Number(d.floor),
    area: d.area.trim().replace(",", "."),
    sharePpm: percentToPpm(d.share) ?? Number.NaN,
    persons,
    paymentReference: d.paymentReference.trim(),
  };
}

function UnitForm({
  associationId,
  draft,
  original,
  onDone,
}: {
  associationId: string;
  draft: UnitDraft;
  original?: Unit;
  onDone: () => void;
}) {
  const { t } = useTranslation("billing");
  const [d, setD] = useState(draft);
  const save = usePutUnit(associationId);
  const set = (patch: Partial<UnitDraft>) => setD({ ...d, ...patch });
  const err = (path: string) => fieldError(save.error, path);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const unitId = d.isNew ? `u-${d.number.trim().replace(/[^A-Za-z0-9_-]/g, "_")}` : d.unitId;
    save.mutate({ unitId, body: bodyOf(d, original) }, { onSuccess: onDone });
  };
  return (
    <form
      className="card form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="unit-form-title"
      data-testid="unit-form"
    >
      <h2 className="card__title" id="unit-form-title">
        {d.isNew ? t("units.addTitle") : t("units.editTitle", { unit: d.number })}
      </h2>
      <div className="form-grid">
        <Field label={t("units.number")} error={err("number")}>
          {(a) => <input {...a} className="input" value={d.number} onChange={(e) => set({ number: e.target.value })} />}
        </Field>
        <Field label={t("units.type")}>
          {(a) => (
            <select
              {...a}
              className="select"
              value={d.type}
              onChange={(e) => set({ type: e.target.value as Unit["type"] })}
            >
              {unitTypes.map((ty) => (
                <option key={ty} value={ty}>
                  {t(`units.types.${ty}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label={t("units.building")}
          error={err("building")}
          value={d.building}
          onChange={(value) => set({ building: value })}
        />
        <TextField
          label={t("units.staircase")}
          error={err("staircase")}
          value={d.staircase}
          onChange={(value) => set({ staircase: value })}
        />
        <TextField
          label={t("units.floor")}
          error={err("floor")}
          inputMode="numeric"
          value={d.floor}
          onChange={(value) => set({ floor: value })}
        />
        <TextField
          label={t("units.area")}
          hint={t("units.areaHint")}
          error={err("area")}
          inputMode="decimal"
          value={d.area}
          onChange={(value) => set({ area: value })}
        />
        <TextField
          label={t("units.sharePercent")}
          hint={t("units.shareHint")}
          error={err("sharePpm")}
          inputMode="decimal"
          value={d.share}
          onChange={(value) => set({ share: value })}
        />
        <TextField
          label={t("units.persons")}
          error={err("persons")}
          inputMode="numeric"
          value={d.persons}
          onChange={(value) => set({ persons: value })}
        />
        <TextField
          label={t("units.personsFrom")}
          hint={t("units.personsFromHint")}
          type="date"
          value={d.personsFrom}
          onChange={(value) => set({ personsFrom: value })}
        />
        <Field label={t("units.reference")} error={err("paymentReference")}>
          {(a) => (
            <input
              {...a}
              className="input input--mono"
              value={d.paymentReference}
              onChange={(e) => set({ paymentReference: e.target.value })}
            />
          )}
        </Field>
      </div>
      <RequestError error={save.error} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={save.isPending} data-testid="unit-save">
          {save.isPending ? t("common.saving") : t("common.save")}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

interface OwnerDraft {
  name: string;
  share: string;
  email: string;
  phone: string;
}

function OwnersPanel({ associationId, unit, onClose }: { associationId: string; unit: Unit; onClose: () => void }) {
  const { t } = useTranslation("billing");
  const owners = useOwners(associationId, unit.unitId);
  const save = usePutOwners(associationId, unit.unitId);
  const [rows, setRows] = useState<OwnerDraft[] | null>(null);
  if (owners.isPending) return <PageLoading />;
  if (owners.isError) return <ErrorState error={owners.error} onRetry={() => void owners.refetch()} />;
  const current: OwnerDraft[] =
    rows ??
    owners.data.owners.map((o) => ({
      name: o.name,
      share: ppmToPercent(o.sharePpm),
      email: o.email ?? "",
      phone: o.phone ?? "",
    }));
  const set = (i: number, patch: Partial<OwnerDraft>) => {
    setRows(current.map((r, j) => (j === i ? { ...r, ...patch } : r)));
    save.reset();
  };
  const totalPpm = current.reduce((s, r) => s + (percentToPpm(r.share) ?? 0), 0);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body: Owner[] = current.map((r) => ({
      name: r.name.trim(),
      sharePpm: percentToPpm(r.share) ?? 0,
      ...(r.email.trim() ? { email: r.email.trim() } : {}),
      ...(r.phone.trim() ? { phone: r.phone.trim() } : {}),
    }));
    save.mutate(body, { onSuccess: () => setRows(null) });
  };
  return (
    <form
      className="card form"
      onSubmit={onSubmit}
      noValidate
      data-testid="owners-panel"
      aria-labelledby="owners-title"
    >
      <h2 className="card__title" id="owners-title">
        {t("owners.title", { unit: unit.number })}
      </h2>
      {current.length === 0 && <p className="empty">{t("owners.none")}</p>}
      {current.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: owner rows have no id of their own
        <div className="form-grid form-grid--row" key={i} data-testid="owner-row">
          <Field label={t("owners.name")} error={fieldError(save.error, `owners.${i}.name`)}>
            {(a) => (
              <input {...a} className="input" value={r.name} onChange={(e) => set(i, { name: e.target.value })} />
            )}
          </Field>
          <Field label={t("owners.share")} error={fieldError(save.error, `owners.${i}.sharePpm`)}>
            {(a) => (
              <input
                {...a}
                className="input"
                inputMode="decimal"
                value={r.share}
                onChange={(e) => set(i, { share: e.target.value })}
              />
            )}
          </Field>
          <Field label={t("owners.email")}>
            {(a) => (
              <input
                {...a}
                className="input"
                type="email"
                value={r.email}
                onChange={(e) => set(i, { email: e.target.value })}
              />
            )}
          </Field>
          <Field label={t("owners.phone")}>
            {(a) => (
              <input
                {...a}
                className="input"
                type="tel"
                value={r.phone}
                onChange={(e) => set(i, { phone: e.target.value })}
              />
            )}
          </Field>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setRows(current.filter((_, j) => j !== i))}
          >
            {t("owners.remove")}
          </button>
        </div>
      ))}
      <p className={totalPpm === 1_000_000 ? "field__hint" : "field__error"} data-testid="owners-total">
        {t("owners.total", { percent: ppmToPercent(totalPpm) })}
      </p>
      <RequestError error={save.error} />
      {save.isSuccess && <Status>{t("owners.saved")}</Status>}
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            setRows([...current, { name: "", share: current.length === 0 ? "100" : "0", email: "", phone: "" }])
          }
        >
          {t("owners.add")}
        </button>
        <button type="submit" className="button button--primary" disabled={save.isPending || current.length === 0}>
          {save.isPending ? t("common.saving") : t("common.save")}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t("common.close")}
        </button>
      </div>
    </form>
  );
}

/** The unit registry: the table, editing a unit, its owners, import and export. */
export default function UnitsPage({ associationId }: { associationId: string }) {
  const { t } = useTranslation("billing");
  useDocumentTitle(t("units.title"));
  const units = useUnits(associationId);
  const f = useFormat("RON");
  const [editing, setEditing] = useState<UnitDraft | null>(null);
  const [ownersOf, setOwnersOf] = useState<string | null>(null);

  if (units.isPending) return <PageLoading />;
  if (units.isError) return <ErrorState error={units.error} onRetry={() => void units.refetch()} />;
  const data = units.data;
  const exportHref = (format: "csv" | "xlsx") => fileUrl(exportUnitsContract.path, { associationId }, { format });
  const original = editing && !editing.isNew ? data.units.find((u) => u.unitId === editing.unitId) : undefined;
  const ownersUnit = data.units.find((u) => u.unitId === ownersOf);
  const totalArea = data.units.reduce((s, u) => s + Math.round(Number(u.area) * 100), 0);

  return (
    <div className="page">
      <PageHeader title={t("units.title")} lead={t("units.lead")}>
        <div className="actions">
          <Link className="button" href={toAdmin(associationId, "units/import")} data-testid="units-import-link">
            {t("units.import")}
          </Link>
          <a className="button button--secondary" href={exportHref("csv")} download data-testid="units-export-csv">
            {t("units.exportCsv")}
          </a>
          <a className="button button--secondary" href={exportHref("xlsx")} download data-testid="units-export-xlsx">
            {t("units.exportXlsx")}
          </a>
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              setEditing({
                unitId: "",
                isNew: true,
                number: "",
                building: data.units[0]?.building ?? "",
                staircase: "",
                type: "apartment",
                floor: "0",
                area: "",
                share: "0",
                persons: "1",
                personsFrom: today(),
                paymentReference: "",
              })
            }
          >
            {t("units.add")}
          </button>
        </div>
      </PageHeader>
      <p
        className={data.sharesComplete ? "notice" : "notice notice--error"}
        data-testid="units-shares"
        data-complete={data.sharesComplete}
      >
        {t("units.summary", { count: data.units.length, percent: ppmToPercent(data.sharesTotalPpm) })}{" "}
        {!data.sharesComplete && t("units.sharesIncomplete")}
      </p>
      {editing && (
        <UnitForm
          key={editing.unitId || "new"}
          associationId={associationId}
          draft={editing}
          original={original}
          onDone={() => setEditing(null)}
        />
      )}
      {ownersUnit && (
        <OwnersPanel
          key={ownersUnit.unitId}
          associationId={associationId}
          unit={ownersUnit}
          onClose={() => setOwnersOf(null)}
        />
      )}
      <TableWrap label={t("units.title")}>
        <table className="table" data-testid="units-table">
          <caption className="visually-hidden">{t("units.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("units.number")}</th>
              <th scope="col">{t("units.place")}</th>
              <th scope="col">{t("units.type")}</th>
              <th scope="col" className="num">
                {t("units.floor")}
              </th>
              <th scope="col" className="num">
                {t("units.areaShort")}
              </th>
              <th scope="col" className="num">
                {t("units.share")}
              </th>
              <th scope="col" className="num">
                {t("units.persons")}
              </th>
              <th scope="col">{t("units.reference")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("common.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.units.map((u) => (
              <tr key={u.unitId} data-testid="unit-row" data-unit-id={u.unitId}>
                <th scope="row">{u.number}</th>
                <td>{[u.building, u.staircase].filter(Boolean).join(" / ")}</td>
                <td>{t(`units.types.${u.type}`)}</td>
                <td className="num">{u.floor}</td>
                <td className="num">{f.decimal(u.area, { minFraction: 2 })}</td>
                <td className="num">{f.decimal(ppmToPercent(u.sharePpm), { maxFraction: 4 })} %</td>
                <td className="num">{u.persons.at(-1)?.count ?? 0}</td>
                <td className="mono">{u.paymentReference}</td>
                <td className="table__actions">
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    aria-label={t("units.editUnit", { unit: u.number })}
                    onClick={() => {
                      setOwnersOf(null);
                      setEditing(draftOf(u));
                    }}
                  >
                    {t("common.edit")}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    aria-label={t("units.ownersOf", { unit: u.number })}
                    onClick={() => {
                      setEditing(null);
                      setOwnersOf(u.unitId);
                    }}
                  >
                    {t("units.owners")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                {t("common.total")}
              </th>
              <td className="num">{f.decimal(String(totalArea / 100), { minFraction: 2 })}</td>
              <td className="num">{f.decimal(ppmToPercent(data.sharesTotalPpm), { maxFraction: 4 })} %</td>
              <td className="num">{data.units.reduce((s, u) => s + (u.persons.at(-1)?.count ?? 0), 0)}</td>
              <td colSpan={2} />
            </tr>
          </tfoot>
        </table>
      </TableWrap>
    </div>
  );
}
