import { useTranslation } from "react-i18next";
import type { Run } from "../../lib/api";

const steps = ["draft", "review", "published"] as const;
export type Step = (typeof steps)[number];

/** Where a month's run stands: no run yet is still the draft step; publishing counts as review. */
export function stepOf(run: Run | undefined): Step {
  if (!run) return "draft";
  return run.status === "published" ? "published" : "review";
}

/** Draft → review → published, as an ordered list with the current step marked. */
export function Steps({ current }: { current: Step }) {
  const { t } = useTranslation("billing");
  const index = steps.indexOf(current);
  return (
    <ol className="steps" aria-label={t("billing.progress")} data-testid="billing-steps" data-current={current}>
      {steps.map((s, i) => (
        <li
          key={s}
          className={`steps__step ${i < index ? "steps__step--done" : ""} ${i === index ? "steps__step--current" : ""}`}
          aria-current={i === index ? "step" : undefined}
        >
          <span className="steps__number" aria-hidden="true">
            {i < index ? "✓" : i + 1}
          </span>
          {t(`steps.${s}`)}
        </li>
      ))}
    </ol>
  );
}
