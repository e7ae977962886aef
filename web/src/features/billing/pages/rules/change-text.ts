import type { TFunction } from "i18next";
import type { Format } from "../../lib/format";
import type { RuleChange } from "../../lib/record-api";

type Field = RuleChange["field"];
type Decision = { number: string; date: string };

/** One side of a change, as the rules table would show it ("—" when the field was not set). */
export function valueText(field: Field, value: unknown, t: TFunction<"billing">, f: Format): string {
  if (value === undefined || value === null || value === "") return "—";
  switch (field) {
    case "method":
      return t(`methods.${value as "fixed"}`);
    case "fund":
      return t(`funds.${value as "maintenance"}`);
    case "amount":
      return f.decimal(String(value), { minFraction: 2 });
    case "validFrom":
    case "validTo":
      return f.period(String(value));
    case "exempt":
    case "beneficiaries":
      return t("ruleHistory.unitCount", { count: (value as unknown[]).length });
    case "decision": {
      const d = value as Decision;
      return t("rules.decisionShort", { number: d.number, date: f.date(d.date) });
    }
    default:
      return String(value);
  }
}

/** "Amount: 90.00 → 120.00" for an edit; "Amount: 90.00" for a new rule. */
export function changeText(change: RuleChange, created: boolean, t: TFunction<"billing">, f: Format): string {
  const label = t(`ruleHistory.fields.${change.field}`);
  const to = valueText(change.field, change.to, t, f);
  if (created) return t("ruleHistory.setTo", { field: label, to });
  return t("ruleHistory.changed", { field: label, from: valueText(change.field, change.from, t, f), to });
}
