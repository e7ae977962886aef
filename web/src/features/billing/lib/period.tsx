import { useTranslation } from "react-i18next";
import { useLocation, useSearch } from "wouter";
import { useMe } from "../../../api/queries";
import type { Run } from "./api";
import { addMonths, currentPeriod } from "./format";
import { Field } from "./ui";

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The first month not yet published: after the latest published run, or this month. */
export function nextOpenPeriod(runs: Run[] | undefined): string {
  const published = (runs ?? [])
    .filter((r) => r.status !== "draft")
    .map((r) => r.period)
    .sort();
  const last = published.at(-1);
  return last ? addMonths(last, 1) : currentPeriod();
}

/** The `?period=` of the URL, or a fallback; setting it replaces the URL so reloads keep it. */
export function usePeriodParam(fallback: string): [string, (period: string) => void] {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const fromUrl = new URLSearchParams(search).get("period");
  const period = fromUrl && PERIOD.test(fromUrl) ? fromUrl : fallback;
  const set = (next: string) => {
    if (PERIOD.test(next)) navigate(`${location}?period=${next}`, { replace: true });
  };
  return [period, set];
}

/** A month picker (`<input type="month">`, text with the YYYY-MM pattern where unsupported). */
export function PeriodField({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: string;
  onChange: (period: string) => void;
  testId?: string;
}) {
  const { t } = useTranslation("billing");
  return (
    <Field label={label} hint={t("common.periodHint")}>
      {(a) => (
        <input
          {...a}
          className="input input--short"
          type="month"
          pattern="\d{4}-\d{2}"
          value={value}
          data-testid={testId}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** The currency of an association, from the signed-in person's memberships. */
export function useAssociationCurrency(associationId: string): string {
  const me = useMe();
  return me.data?.memberships.find((m) => m.associationId === associationId)?.currency ?? "EUR";
}
