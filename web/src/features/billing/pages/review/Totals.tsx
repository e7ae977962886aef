import { useTranslation } from "react-i18next";
import type { Review } from "../../lib/api";
import type { Format } from "../../lib/format";
import { Difference, differenceOf, MoneyOrDash } from "./Difference";

/** The month's headline figures: total, last month's total, the change and the number of units. */
export function Totals({ review, f }: { review: Review; f: Format }) {
  const { t } = useTranslation("billing");
  return (
    <dl className="facts facts--big" data-testid="review-totals" data-total-minor={review.totalMinor}>
      <div>
        <dt>{t("review.total")}</dt>
        <dd>{f.money(review.totalMinor)}</dd>
      </div>
      <div>
        <dt>{t("review.previous")}</dt>
        <dd>
          <MoneyOrDash minor={review.previousTotalMinor} f={f} />
        </dd>
      </div>
      <div>
        <dt>{t("review.difference")}</dt>
        <dd>
          <Difference minor={differenceOf(review.totalMinor, review.previousTotalMinor)} f={f} />
        </dd>
      </div>
      <div>
        <dt>{t("billing.units")}</dt>
        <dd>{review.run.unitCount}</dd>
      </div>
    </dl>
  );
}
