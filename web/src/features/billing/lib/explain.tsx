import { useTranslation } from "react-i18next";
import type { BillLine } from "./api";
import { shiftDecimal, useFormat } from "./format";

type Explanation = BillLine["explanation"];
type Part = Explanation["parts"][number];
type Source = BillLine["source"];

/** What an explained line needs, whether it comes from the admin review or the owner's pages. */
export interface ExplainableLine {
  name: string;
  amountMinor: number;
  explanation?: Explanation;
  source?: Source;
  decision?: { number: string; date: string };
}

/** Rates are kept with up to four decimals; show at least two ("8.0000" → "8.00"). */
const rateOpts = { minFraction: 2, maxFraction: 4 };

/**
 * Turns the structured explanation of a bill line into sentences in the UI language, e.g.
 * "Water: 9.5 m³ × 10.00 lei + 3 persons × 2.50 lei of the building difference = 102.50 lei".
 */
export function useExplain(currency: string) {
  const { t } = useTranslation("billing");
  const f = useFormat(currency);

  const uom = (code: string, quantity: string) =>
    t(`uom.${code}` as "uom.m2", { count: Number(quantity), defaultValue: code }) as string;

  const partText = (p: Part): string => {
    const rate = p.rate === undefined ? undefined : f.decimalMoney(trimRate(p.rate));
    let text: string;
    if (p.uom === "share") {
      const percent = `${f.decimal(shiftDecimal(p.quantity, 2), { maxFraction: 4 })} %`;
      const total = p.pool ? f.money(p.pool.totalMinor) : rate;
      text = total ? t("explain.shareOf", { percent, total }) : t("explain.share", { percent });
    } else {
      const quantity = f.decimal(p.quantity, { maxFraction: 3 });
      text = rate
        ? t("explain.partRate", { quantity, uom: uom(p.uom, p.quantity), rate })
        : t("explain.part", { quantity, uom: uom(p.uom, p.quantity) });
    }
    return p.component === "building_difference" ? t("explain.difference", { part: text }) : text;
  };

  function trimRate(rate: string): string {
    const [int = "0", frac = ""] = rate.split(".");
    const kept = frac.slice(0, rateOpts.maxFraction).replace(/0+$/, "").padEnd(rateOpts.minFraction, "0");
    return `${int}.${kept}`;
  }

  /**
   * The line as one sentence: name, how it was computed, amount. A line without a structured
   * explanation has none: its name is already its whole text, and printing it again under the
   * title would only repeat it.
   */
  function sentence(line: ExplainableLine): string | undefined {
    const e = line.explanation;
    if (!e) return undefined;
    const amount = f.money(line.amountMinor);
    const body = e.exempt
      ? t("explain.exempt")
      : e.notBeneficiary
        ? t("explain.notBeneficiary")
        : e.parts.map(partText).join(" + ");
    return t("explain.sentence", { name: line.name, body, amount });
  }

  /** Further facts: how a pool was split, the building difference, the source and the decision. */
  function details(line: ExplainableLine): string[] {
    const out: string[] = [];
    for (const p of line.explanation?.parts ?? []) {
      if (p.pool && p.uom !== "share") {
        out.push(
          t("explain.pool", {
            total: f.money(p.pool.totalMinor),
            quantity: f.decimal(p.pool.totalQuantity, { maxFraction: 3 }),
            uom: uom(p.uom, p.pool.totalQuantity),
          }),
        );
      }
      if (p.personDays !== undefined && p.periodDays !== undefined) {
        out.push(t("explain.personDays", { days: p.personDays, periodDays: p.periodDays }));
      }
      if (p.buildingDifference) {
        out.push(
          t("explain.buildingDifference", {
            quantity: f.decimal(p.buildingDifference.quantity, { maxFraction: 3 }),
            uom: uom(p.buildingDifference.uom, p.buildingDifference.quantity),
          }),
        );
      }
    }
    const s = line.source;
    if (s?.kind === "invoice") {
      out.push(
        t("explain.invoice", {
          supplier: s.supplier ?? "",
          number: s.invoiceNumber ?? "",
          date: s.invoiceDate ? f.date(s.invoiceDate) : "",
          total: s.totalMinor !== undefined ? f.money(s.totalMinor) : "",
        }),
      );
    } else if (s?.kind === "rule") {
      out.push(t("explain.rule", { name: s.name, method: t(`methods.${s.method ?? "fixed"}` as "methods.fixed") }));
    }
    if (line.explanation?.fund)
      out.push(t("explain.fund", { fund: t(`funds.${line.explanation.fund.kind}` as "funds.repair") }));
    return out;
  }

  function decision(line: ExplainableLine): string | undefined {
    return line.decision
      ? t("explain.decision", { number: line.decision.number, date: f.date(line.decision.date) })
      : undefined;
  }

  return { sentence, details, decision };
}

/** One explained line: the sentence, its details and the decision behind it. */
export function ExplainedLine({
  line,
  currency,
  testId,
  compact = false,
}: {
  line: ExplainableLine;
  currency: string;
  testId?: string;
  /** Only the sentence and the decision (long tables such as the allocation preview). */
  compact?: boolean;
}) {
  const explain = useExplain(currency);
  const sentence = explain.sentence(line);
  const details = compact ? [] : explain.details(line);
  const decision = explain.decision(line);
  if (!sentence && details.length === 0 && !decision) return null;
  return (
    <div className="explained" data-testid={testId}>
      {sentence && (
        <p className="explained__sentence" data-testid="explanation-sentence">
          {sentence}
        </p>
      )}
      <ul className="explained__details">
        {details.map((d) => (
          <li key={d}>{d}</li>
        ))}
        {decision && (
          <li className="explained__decision" data-testid="explanation-decision">
            {decision}
          </li>
        )}
      </ul>
    </div>
  );
}
