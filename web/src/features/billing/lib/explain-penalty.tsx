import { useTranslation } from "react-i18next";
import type { ExplainedEntry } from "./api";
import { type Format, shiftDecimal, useFormat } from "./format";

/** The daily penalties of one debt and month, as the owner API groups them. */
export type PenaltyGroup = NonNullable<ExplainedEntry["penalty"]>;
type Run = PenaltyGroup["runs"][number];

const rangeFormatters = new Map<string, Intl.DateTimeFormat>();

/** "1–12 Nov 2026" (one day when from is to), calendar days shown as they are in every time zone. */
function dateRange(from: string, to: string, f: Format): string {
  if (from === to) return f.date(from);
  let formatter = rangeFormatters.get(f.locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(f.locale, { dateStyle: "medium", timeZone: "UTC" });
    rangeFormatters.set(f.locale, formatter);
  }
  return formatter.formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));
}

/** Texts of a penalty group in the UI language, from its structure. */
export function usePenaltyText(currency: string) {
  const { t } = useTranslation("billing");
  const f = useFormat(currency);
  // A no-break space keeps "0,0273 %" together on a narrow screen.
  const rate = (fraction: string) => `${f.decimal(shiftDecimal(fraction, 2), { maxFraction: 4 })}\u00a0%`;
  const run = (r: Run) => t("explain.penaltyRun", { rate: rate(r.dailyRate), base: f.money(r.baseMinor) });
  const range = (from: string, to: string) => dateRange(from, to, f);

  /** "12 days, 1–12 Nov 2026, 0.2 % a day on 150.00 lei = 3.60 lei" (the title is not repeated). */
  function body(g: PenaltyGroup, amountMinor: number): string {
    const days = t("explain.penaltyDays", { count: g.days });
    const [only, ...more] = g.runs;
    const amount = f.money(amountMinor);
    if (only && more.length === 0)
      return t("explain.penaltyBody", { days, range: range(g.from, g.to), run: run(only), amount });
    return t("explain.penaltyBodyRuns", { days, range: range(g.from, g.to), amount });
  }

  /** When the base or rate changed during the month: one line per stretch. */
  const runLines = (g: PenaltyGroup) =>
    g.runs.length < 2
      ? []
      : g.runs.map((r) =>
          t("explain.penaltyRunLine", { range: range(r.from, r.to), run: run(r), amount: f.money(r.amountMinor) }),
        );

  function due(g: PenaltyGroup): string | undefined {
    const first = g.daily[0]?.dayAfterDue;
    const last = g.daily.at(-1)?.dayAfterDue;
    if (!g.dueDate || first === undefined || last === undefined) return undefined;
    const date = f.date(g.dueDate);
    return first === last
      ? t("explain.penaltyDueDay", { due: date, day: first })
      : t("explain.penaltyDueDays", { due: date, first, last });
  }

  return { body, runLines, due, rate, f, t };
}

/** The explanation box of a grouped penalty line, with each day in an expandable list. */
export function PenaltyExplained({
  line,
  currency,
}: {
  line: { amountMinor: number; penalty: PenaltyGroup; decision?: { number: string; date: string } };
  currency: string;
}) {
  const text = usePenaltyText(currency);
  const { t, f } = text;
  const g = line.penalty;
  const due = text.due(g);
  return (
    <div className="explained" data-testid="penalty-explained">
      <p className="explained__sentence" data-testid="explanation-sentence">
        {text.body(g, line.amountMinor)}
      </p>
      <ul className="explained__details">
        {text.runLines(g).map((r) => (
          <li key={r}>{r}</li>
        ))}
        {due && <li>{due}</li>}
        {g.capped && <li>{t("explain.penaltyCapped")}</li>}
        {line.decision && (
          <li className="explained__decision" data-testid="explanation-decision">
            {t("explain.decision", { number: line.decision.number, date: f.date(line.decision.date) })}
          </li>
        )}
      </ul>
      <PenaltyDays group={g} currency={currency} />
    </div>
  );
}

/**
 * Every day's penalty of a group, so the owner can check each one; closed until asked for. A
 * single day needs no list: the sentence above already is that day.
 */
export function PenaltyDays({ group, currency }: { group: PenaltyGroup; currency: string }) {
  const { t, f, rate } = usePenaltyText(currency);
  if (group.daily.length < 2) return null;
  return (
    <details className="details penalty-days" data-testid="penalty-days">
      <summary>{t("explain.penaltyEachDay", { count: group.daily.length })}</summary>
      <ol className="penalty-days__list">
        {group.daily.map((d) => (
          <li key={d.entryId} className="penalty-days__day" data-testid="penalty-day" data-amount-minor={d.amountMinor}>
            <time dateTime={d.date}>{f.date(d.date)}</time>
            <span>
              {t("explain.penaltyDayLine", {
                day: d.dayAfterDue,
                run: t("explain.penaltyRun", { rate: rate(d.dailyRate), base: f.money(d.baseMinor) }),
              })}
            </span>
            <span className="penalty-days__amount">{f.money(d.amountMinor)}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** The date column of a grouped row in a ledger table: the range of its days. */
export function PenaltyDates({ group, currency }: { group: PenaltyGroup; currency: string }) {
  const f = useFormat(currency);
  return <span data-testid="penalty-dates">{dateRange(group.from, group.to, f)}</span>;
}

/** What a ledger table shows under a grouped row's name: how it was computed, and each day. */
export function PenaltyCellDetails({
  line,
  currency,
}: {
  line: { amountMinor: number; penalty: PenaltyGroup };
  currency: string;
}) {
  const text = usePenaltyText(currency);
  return (
    <>
      <span className="row__meta" data-testid="penalty-summary">
        {text.body(line.penalty, line.amountMinor)}
      </span>
      <PenaltyDays group={line.penalty} currency={currency} />
    </>
  );
}
