import { useTranslation } from "react-i18next";
import type { Unit } from "../../lib/api";
import type { Format } from "../../lib/format";
import { DeleteAction, ppmToPercent, RowAction, TableWrap } from "../../lib/ui";

const personsOf = (u: Unit) => u.persons.at(-1)?.count ?? 0;

/** The registry as a table, with totals of area, shares and persons. */
export function UnitsTable({
  units,
  sharesTotalPpm,
  f,
  onEdit,
  onOwners,
  onDelete,
  deleting,
}: {
  units: Unit[];
  sharesTotalPpm: number;
  f: Format;
  onEdit: (unit: Unit) => void;
  onOwners: (unit: Unit) => void;
  onDelete: (unit: Unit) => void;
  /** A delete is under way: the delete buttons wait. */
  deleting: boolean;
}) {
  const { t } = useTranslation("billing");
  // Areas have two decimals: add them as integer hundredths so the total is exact.
  const totalArea = units.reduce((s, u) => s + Math.round(Number(u.area) * 100), 0);
  return (
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
          {units.map((u) => (
            <tr key={u.unitId} data-testid="unit-row" data-unit-id={u.unitId}>
              <th scope="row">{u.number}</th>
              <td>{[u.building, u.staircase].filter(Boolean).join(" / ")}</td>
              <td>{t(`units.types.${u.type}`)}</td>
              <td className="num">{u.floor}</td>
              <td className="num">{f.decimal(u.area, { minFraction: 2 })}</td>
              <td className="num">{f.decimal(ppmToPercent(u.sharePpm), { maxFraction: 4 })} %</td>
              <td className="num">{personsOf(u)}</td>
              <td className="mono">{u.paymentReference}</td>
              <td className="table__actions">
                <RowAction label={t("units.editUnit", { unit: u.number })} onClick={() => onEdit(u)}>
                  {t("common.edit")}
                </RowAction>
                <RowAction label={t("units.ownersOf", { unit: u.number })} onClick={() => onOwners(u)}>
                  {t("units.owners")}
                </RowAction>
                <DeleteAction
                  label={t("units.deleteUnit", { unit: u.number })}
                  confirmText={t("units.confirmDelete", { unit: u.number })}
                  disabled={deleting}
                  onConfirm={() => onDelete(u)}
                />
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
            <td className="num">{f.decimal(ppmToPercent(sharesTotalPpm), { maxFraction: 4 })} %</td>
            <td className="num">{units.reduce((s, u) => s + personsOf(u), 0)}</td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
    </TableWrap>
  );
}
