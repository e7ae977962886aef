import { useTranslation } from "react-i18next";
import type { Review } from "../../lib/api";
import type { Format } from "../../lib/format";
import { TableWrap } from "../../lib/ui";
import { Difference, differenceOf, MoneyOrDash } from "./Difference";

/** One row per charge of the month with its fund, total and the change since last month. */
export function ChargesTable({ review, f }: { review: Review; f: Format }) {
  const { t } = useTranslation("billing");
  return (
    <section className="card" aria-labelledby="review-charges">
      <h2 className="card__title" id="review-charges">
        {t("review.perCharge")}
      </h2>
      <TableWrap label={t("review.perCharge")}>
        <table className="table" data-testid="review-charges">
          <thead>
            <tr>
              <th scope="col">{t("review.charge")}</th>
              <th scope="col">{t("rules.fund")}</th>
              <th scope="col" className="num">
                {t("review.total")}
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
            {review.charges.map((c) => (
              <tr key={c.entryId} data-testid="review-charge-row">
                <th scope="row">{c.name}</th>
                <td>{t(`funds.${c.fund}` as "funds.repair", { defaultValue: c.fund })}</td>
                <td className="num">{f.money(c.totalMinor)}</td>
                <td className="num">
                  <MoneyOrDash minor={c.previousMinor} f={f} />
                </td>
                <td className="num">
                  <Difference minor={differenceOf(c.totalMinor, c.previousMinor)} f={f} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {t("common.total")}
              </th>
              <td className="num">{f.money(review.totalMinor)}</td>
              <td className="num">
                <MoneyOrDash minor={review.previousTotalMinor} f={f} />
              </td>
              <td className="num">
                <Difference minor={differenceOf(review.totalMinor, review.previousTotalMinor)} f={f} />
              </td>
            </tr>
          </tfoot>
        </table>
      </TableWrap>
    </section>
  );
}
