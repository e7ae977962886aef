import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { keys } from "../platform/keys";
import { isConditionFailure, type TransactItem } from "../platform/table";
import type { ChargeRule } from "./compute/types";
import { type RuleBody, ruleBodyOf, ruleChanges } from "./model/rule-changes";

/**
 * One saved version of a charge rule: the body as saved, the body it replaced, who saved it and
 * when. Written once (`attribute_not_exists`) and never updated, so the history cannot be
 * rewritten. `legacy` marks the body of a rule saved before history was kept (who and when unknown).
 */
export interface RuleVersion {
  ruleId: string;
  version: number;
  savedAt?: string;
  /** Person id; absent for rules the platform itself saved (demo data, imports by script). */
  savedBy?: string;
  rule: RuleBody;
  previous?: RuleBody;
  legacy?: true;
}

type VersionItem = RuleVersion & { pk: string; sk: string };
type RuleItem = ChargeRule & { pk: string; sk: string; updatedAt?: string; updatedBy?: string };

/** The newest versions of a rule, newest first (at most `limit`). */
export async function listRuleVersions(deps: AppDeps, associationId: string, ruleId: string, limit: number) {
  const { items } = await deps.table.query<VersionItem>({
    KeyConditionExpression: "pk = :p AND begins_with(sk, :s)",
    ExpressionAttributeValues: { ":p": `A#${associationId}`, ":s": `RULEV#${ruleId}#` },
    ScanIndexForward: false,
    Limit: limit,
    ConsistentRead: true,
  });
  return items.map(({ pk: _p, sk: _s, ...v }) => v as RuleVersion);
}

function putVersion(deps: AppDeps, associationId: string, v: RuleVersion): TransactItem {
  return {
    Put: {
      TableName: deps.table.name,
      Item: { ...keys.chargeRuleVersion(associationId, v.ruleId, v.version), ...v },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
}

/** The versions a save writes: the legacy body first when the rule predates history, then the new one. */
function versionsToWrite(
  current: ChargeRule | undefined,
  latest: number,
  next: Omit<RuleVersion, "version">,
): RuleVersion[] {
  const previous = current ? ruleBodyOf(current) : undefined;
  if (previous && latest === 0) {
    return [
      { ruleId: next.ruleId, version: 1, rule: previous, legacy: true },
      { ...next, version: 2, previous },
    ];
  }
  return [{ ...next, version: latest + 1, ...(previous ? { previous } : {}) }];
}

/** The rule as stored now (consistent read), without its keys and bookkeeping. */
async function currentRule(deps: AppDeps, associationId: string, ruleId: string): Promise<ChargeRule | undefined> {
  const item = await deps.table.get<RuleItem>(keys.chargeRule(associationId, ruleId), true);
  if (!item) return undefined;
  const { pk: _p, sk: _s, updatedAt: _u, updatedBy: _b, ...rule } = item;
  return rule;
}

/** The versions and the rule in one transaction; a lost race on a version number is a 409. */
async function writeAll(
  deps: AppDeps,
  associationId: string,
  versions: RuleVersion[],
  ruleItem: Record<string, unknown>,
) {
  try {
    await deps.table.transact([
      ...versions.map((v) => putVersion(deps, associationId, v)),
      { Put: { TableName: deps.table.name, Item: ruleItem } },
    ]);
  } catch (error) {
    if (isConditionFailure(error)) throw appError("billing.rule_changed", { status: 409 });
    throw error;
  }
}

/**
 * Saves a rule and its new version in one transaction. Saving an unchanged rule writes nothing (a
 * retried request adds no version). Two people saving at once both aim at the same next version
 * number: the version is written `attribute_not_exists`, so one save wins and the other gets
 * `billing.rule_changed` (409) and reloads, instead of silently overwriting the first.
 */
export async function saveRuleVersioned(
  deps: AppDeps,
  associationId: string,
  rule: ChargeRule,
  savedBy?: string,
): Promise<ChargeRule> {
  const [current, newest] = await Promise.all([
    currentRule(deps, associationId, rule.ruleId),
    listRuleVersions(deps, associationId, rule.ruleId, 1),
  ]);
  const body = ruleBodyOf(rule);
  if (current && ruleChanges(ruleBodyOf(current), body).length === 0) return current;
  const savedAt = deps.clock.now().toISOString();
  const by = savedBy ? { savedBy } : {};
  const versions = versionsToWrite(current, newest[0]?.version ?? 0, {
    ruleId: rule.ruleId,
    savedAt,
    ...by,
    rule: body,
  });
  const saved: ChargeRule = { ...body, version: versions.at(-1)?.version ?? 1 };
  const ruleItem = {
    ...keys.chargeRule(associationId, rule.ruleId),
    ...saved,
    updatedAt: savedAt,
    ...(savedBy ? { updatedBy: savedBy } : {}),
  };
  await writeAll(deps, associationId, versions, ruleItem);
  return saved;
}
