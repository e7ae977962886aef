import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ErrorState, PageLoading } from "../../components/States";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { useUnits } from "../billing/lib/api";
import { PageHeader, Status } from "../billing/lib/ui";
import { type AdminMeter, useMeterList, useMeterSettings } from "./admin-api";
import { MeterForm } from "./MeterForm";
import { MeterTable } from "./MeterTable";
import { draftOfMeter, type MeterDraft, newMeterDraft } from "./meter-draft";
import { meterPaths } from "./namespace";
import { ReplaceMeterForm } from "./ReplaceMeterForm";
import { useCanWriteMeters } from "./ui";

const today = () => new Date().toISOString().slice(0, 10);

/** Apartment meters by apartment number, then the building's; active before replaced. */
function ordered(meters: AdminMeter[], numbers: ReadonlyMap<string, string>): AdminMeter[] {
  const place = (m: AdminMeter) => (m.unitId ? (numbers.get(m.unitId) ?? m.unitId) : "\uffff");
  return [...meters].sort(
    (a, b) =>
      place(a).localeCompare(place(b), undefined, { numeric: true }) ||
      a.status.localeCompare(b.status) ||
      a.kind.localeCompare(b.kind),
  );
}

/** Whether a meter matches what was typed in the search: apartment number, serial or id. */
function matches(m: AdminMeter, numbers: ReadonlyMap<string, string>, search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (!needle) return true;
  const number = m.unitId ? (numbers.get(m.unitId) ?? "") : "";
  return number.toLowerCase() === needle || [m.serial, m.meterId].some((x) => x.toLowerCase().includes(needle));
}

type Editing = { kind: "meter"; draft: MeterDraft } | { kind: "replace"; meter: AdminMeter } | null;

/** The meter registry: every apartment and building meter, created, corrected and replaced here. */
export default function MetersRegistryPage({ associationId }: { associationId: string }) {
  const { t } = useTranslation("meters");
  useDocumentTitle(t("registry.title"));
  const list = useMeterList(associationId);
  const units = useUnits(associationId);
  const settings = useMeterSettings(associationId);
  const canWrite = useCanWriteMeters(associationId);
  const [editing, setEditing] = useState<Editing>(null);
  const [done, setDone] = useState("");
  const [showRetired, setShowRetired] = useState(false);
  const [search, setSearch] = useState("");
  if (list.isPending) return <PageLoading />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const numbers = new Map((units.data?.units ?? []).map((u) => [u.unitId, u.number]));
  const shown = ordered(list.data.meters, numbers).filter(
    (m) => (showRetired || m.status === "active") && matches(m, numbers, search),
  );
  const open = (next: Editing) => {
    setDone("");
    setEditing(next);
  };
  const finish = (message: string) => {
    setEditing(null);
    setDone(message);
  };
  return (
    <div className="page meters-page meters-page--wide">
      <PageHeader title={t("registry.title")} lead={t("registry.lead")}>
        <div className="actions">
          {canWrite && (
            <button
              type="button"
              className="button button--primary"
              data-testid="meter-add"
              onClick={() => open({ kind: "meter", draft: newMeterDraft() })}
            >
              {t("registry.add")}
            </button>
          )}
          <Link className="button button--secondary" href={meterPaths.admin(associationId)}>
            {t("registry.toReadings")}
          </Link>
        </div>
      </PageHeader>
      {done && <Status testId="meter-saved">{done}</Status>}
      {editing?.kind === "meter" && (
        <MeterForm
          key={editing.draft.meterId || "new"}
          associationId={associationId}
          draft={editing.draft}
          onDone={(serial) => finish(serial ? t("form.saved", { serial }) : "")}
        />
      )}
      {editing?.kind === "replace" && (
        <ReplaceMeterForm
          key={editing.meter.meterId}
          associationId={associationId}
          meter={editing.meter}
          period={settings.data?.window.period ?? today().slice(0, 7)}
          today={today()}
          onDone={(serial) => finish(serial ? t("replace.done", { old: editing.meter.serial, serial }) : "")}
        />
      )}
      <div className="actions">
        <label className="field">
          <span className="field__label">{t("registry.search")}</span>
          <input
            className="input input--short"
            type="search"
            value={search}
            data-testid="meter-search"
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        <label className="choice choice--compact">
          <input type="checkbox" checked={showRetired} onChange={(e) => setShowRetired(e.target.checked)} />{" "}
          {t("registry.showRetired")}
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="empty">{t("registry.empty")}</p>
      ) : (
        <MeterTable
          meters={shown}
          unitNumbers={numbers}
          today={today()}
          canWrite={canWrite}
          onEdit={(m) => open({ kind: "meter", draft: draftOfMeter(m) })}
          onReplace={(m) => open({ kind: "replace", meter: m })}
        />
      )}
    </div>
  );
}
