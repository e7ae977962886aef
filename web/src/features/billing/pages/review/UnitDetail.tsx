import { useTranslation } from "react-i18next";
import type { Review } from "../../lib/api";
import { ExplainedLine } from "../../lib/explain";
import type { Format } from "../../lib/format";

/** One unit's bill opened from the payment list: every line with how it was computed. */
export function UnitDetail({ unit, currency, f }: { unit: Review["units"][number]; currency: string; f: Format }) {
  const { t } = useTranslation("billing");
  return (
    <>
      <h3 className="card__title">{t("review.unitDetail", { unit: unit.number, total: f.money(unit.totalMinor) })}</h3>
      <ul className="rows">
        {unit.lines.map((line) => (
          <li key={line.entryId} className="row">
            <ExplainedLine line={line} currency={currency} />
          </li>
        ))}
      </ul>
    </>
  );
}
