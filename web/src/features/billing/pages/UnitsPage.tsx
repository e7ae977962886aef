import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, PageLoading } from "../../../components/States";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { useDeleteUnit, useUnits } from "../lib/api";
import { useFormat } from "../lib/format";
import { PageHeader, ppmToPercent, RequestError } from "../lib/ui";
import { OwnersPanel } from "./units/OwnersPanel";
import { UnitForm } from "./units/UnitForm";
import { UnitsActions } from "./units/UnitsActions";
import { UnitsTable } from "./units/UnitsTable";
import { newUnitDraft, type UnitDraft, unitDraftOf } from "./units/unit-draft";

/** The unit registry: the table, editing a unit, its owners, import and export. */
export default function UnitsPage({ associationId }: { associationId: string }) {
  const { t } = useTranslation("billing");
  useDocumentTitle(t("units.title"));
  const units = useUnits(associationId);
  const f = useFormat("RON");
  const [editing, setEditing] = useState<UnitDraft | null>(null);
  const [ownersOf, setOwnersOf] = useState<string | null>(null);
  const remove = useDeleteUnit(associationId);

  if (units.isPending) return <PageLoading />;
  if (units.isError) return <ErrorState error={units.error} onRetry={() => void units.refetch()} />;
  const data = units.data;
  const original = editing && !editing.isNew ? data.units.find((u) => u.unitId === editing.unitId) : undefined;
  const ownersUnit = data.units.find((u) => u.unitId === ownersOf);

  return (
    <div className="page">
      <PageHeader title={t("units.title")} lead={t("units.lead")}>
        <UnitsActions
          associationId={associationId}
          onAdd={() => setEditing(newUnitDraft(data.units[0]?.building ?? ""))}
        />
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
      <RequestError error={remove.error} />
      <UnitsTable
        units={data.units}
        sharesTotalPpm={data.sharesTotalPpm}
        f={f}
        onEdit={(u) => {
          setOwnersOf(null);
          setEditing(unitDraftOf(u));
        }}
        onOwners={(u) => {
          setEditing(null);
          setOwnersOf(u.unitId);
        }}
        onDelete={(u) => {
          setEditing(null);
          setOwnersOf(null);
          remove.mutate(u.unitId);
        }}
        deleting={remove.isPending}
      />
    </div>
  );
}
