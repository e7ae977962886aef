import { useTranslation } from "react-i18next";
import type { Run } from "../../lib/api";
import type { Format } from "../../lib/format";

/** The run's status with its dates: when it was drafted, posted and when payment is due. */
export function RunStatus({ run, f }: { run: Run; f: Format }) {
  const { t } = useTranslation("billing");
  return (
    <p className="notice" data-testid="run-status" data-status={run.status}>
      {t(`status.${run.status}`)}
      {run.status === "draft" && ` · ${t("review.draftedAt", { date: f.date(run.draftedAt) })}`}
      {run.postedOn && ` · ${t("review.postedOn", { date: f.date(run.postedOn) })}`}
      {run.dueDate && ` · ${t("review.dueDate", { date: f.date(run.dueDate) })}`}
    </p>
  );
}
