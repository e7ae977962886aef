import type { ChargeRule } from "../compute/types";

/** The fields a person edits on a charge rule, in the order a change summary lists them. */
export const ruleFields = [
  "name",
  "chargeType",
  "method",
  "amount",
  "fund",
  "meter",
  "uom",
  "exempt",
  "beneficiaries",
  "decision",
  "validFrom",
  "validTo",
] as const;

export type RuleField = (typeof ruleFields)[number];

/** What a person saved: the rule's own fields, without the version bookkeeping stored beside them. */
export type RuleBody = Pick<ChargeRule, "ruleId" | RuleField>;

/** One changed field of a rule, with the value before and after (absent = not set). */
export interface RuleChange {
  field: RuleField;
  from?: unknown;
  to?: unknown;
}

/** JSON with object keys sorted, so equal values compare equal whatever order the store gave the keys in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** An empty list and an absent one mean the same (no exemptions). */
function normalized(rule: Partial<RuleBody> | undefined, field: RuleField): unknown {
  const value = rule?.[field];
  return Array.isArray(value) && value.length === 0 && field === "exempt" ? undefined : value;
}

/** Keeps only the edited fields of a stored rule (drops version, who and when). */
export function ruleBodyOf(rule: ChargeRule): RuleBody {
  const body: Record<string, unknown> = { ruleId: rule.ruleId };
  for (const field of ruleFields) if (rule[field] !== undefined) body[field] = rule[field];
  return body as unknown as RuleBody;
}

/**
 * The fields that differ between two versions of a rule, in form order. Without `before` (the
 * rule was created) every field that is set counts as changed.
 */
export function ruleChanges(before: Partial<RuleBody> | undefined, after: Partial<RuleBody>): RuleChange[] {
  const out: RuleChange[] = [];
  for (const field of ruleFields) {
    const from = normalized(before, field);
    const to = normalized(after, field);
    if (canonical(from) === canonical(to)) continue;
    out.push({ field, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) });
  }
  return out;
}
