import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { exportUnitsContract } from "../../../../../../functions/registry/contracts";
import { toAdmin } from "../../../../app/paths";
import { fileUrl } from "../../lib/download";

/** The registry's actions: import from a file, export as CSV or Excel, add a unit by hand. */
export function UnitsActions({ associationId, onAdd }: { associationId: string; onAdd: () => void }) {
  const { t } = useTranslation("billing");
  const exportHref = (format: "csv" | "xlsx") => fileUrl(exportUnitsContract.path, { associationId }, { format });
  return (
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
      <button type="button" className="button button--secondary" onClick={onAdd}>
        {t("units.add")}
      </button>
    </div>
  );
}
