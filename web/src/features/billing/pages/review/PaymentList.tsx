import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Review } from "../../lib/api";
import type { Format } from "../../lib/format";
import { TableWrap } from "../../lib/ui";
import { Difference, MoneyOrDash } from "./Difference";
import { UnitDetail } from "./UnitDetail";

type UnitRow = Review["units"][number];

/** The whole payment list: a row per unit, a column per charge, totals and the change since last month. */
export function PaymentList({ review, currency, f }: { review: Review; currency: string; f: Format }) {
  const { t } = useTranslation("billing");
  const [open, setOpen] = useState<string | null>(null);
  const openUnit = open ? review.units.find((u) => u.unitId === open) : undefined;
  return (
    <section className="card" aria-labelledby="review-units">
      <h2 className="card__title" id="review-units">
        {t("review.perUnit")}
      </h2>
      <p className="field__hint">{t("review.perUnitHint")}</p>
      <TableWrap label={t("review.perUnit")}>
        <table className="table table--compact table--sticky" data-testid="review-units">
          <thead>
            <tr>
              <th scope="col">{t("common.unit")}</th>
              {review.charges.map((c) => (
                <th scope="col" className="num" key={c.entryId}>
                  {c.name}
                </th>
              ))}
              <th scope="col" className="num">
                {t("common.total")}
              </th>
              <th scope="col" className="num">
                {t("review.previous")}
              </th>
              <th scope="col" className="num">
                {t("review.difference")}
              </th>
            </tr>
          </thead>
          <tbody>
            {review.units.map((u) => (
              <UnitListRow
                key={u.unitId}
                unit={u}
                charges={review.charges}
                expanded={open === u.unitId}
                onToggle={() => setOpen(open === u.unitId ? null : u.unitId)}
                f={f}
              />
            ))}
          </tbody>
        </table>
      </TableWrap>
      {open && (
        <div id="review-unit-detail" className="unit-detail" data-testid="review-unit-detail">
          {openUnit && <UnitDetail unit={openUnit} currency={currency} f={f} />}
        </div>
      )}
    </section>
  );
}

/** One unit's row: its amount per charge (a dash where the charge does not apply), total and change. */
function UnitListRow({
  unit: u,
  charges,
  expanded,
  onToggle,
  f,
}: {
  unit: UnitRow;
  charges: Review["charges"];
  expanded: boolean;
  onToggle: () => void;
  f: Format;
}) {
  const { t } = useTranslation("billing");
  const byEntry = new Map(u.lines.map((l) => [l.entryId, l.amountMinor]));
  return (
    <tr data-testid="review-unit-row" data-unit-id={u.unitId} data-total-minor={u.totalMinor}>
      <th scope="row">
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          aria-controls="review-unit-detail"
          onClick={onToggle}
        >
          {t("common.unitShort", { unit: u.number })}
        </button>
      </th>
      {charges.map((c) => (
        <td className="num" key={c.entryId}>
          {byEntry.has(c.entryId) ? f.money(byEntry.get(c.entryId) ?? 0) : "—"}
        </td>
      ))}
      <td className="num strong">{f.money(u.totalMinor)}</td>
      <td className="num">
        <MoneyOrDash minor={u.previousMinor} f={f} />
      </td>
      <td className="num">
        <Difference minor={u.differenceMinor} f={f} />
      </td>
    </tr>
  );
}
