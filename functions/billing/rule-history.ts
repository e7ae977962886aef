import { loadPerson } from "../identity/persons";
import type { AppDeps } from "../platform/deps";
import { notFound } from "../platform/errors";
import { ruleHistoryLimit } from "./contracts-rules";
import { ruleChanges } from "./model/rule-changes";
import { listRuleVersions, type RuleVersion } from "./rule-versions";

/**
 * Names of the people who saved versions. The versions hold person ids only (names are sealed
 * under each person's key); the officers who edit rules act for the association, so every reader
 * of its billing sees who changed a rule, the way a decision names who signed it.
 */
async function namesOf(deps: AppDeps, versions: RuleVersion[]): Promise<Map<string, string>> {
  const ids = [...new Set(versions.flatMap((v) => (v.savedBy ? [v.savedBy] : [])))];
  const people = await Promise.all(ids.map((id) => loadPerson(deps, id)));
  return new Map(ids.map((id, i) => [id, people[i]?.displayName ?? ""]));
}

/** A rule's versions, newest first, each with who saved it and what it changed. 404 for a rule never saved. */
export async function ruleHistory(deps: AppDeps, associationId: string, ruleId: string) {
  const versions = await listRuleVersions(deps, associationId, ruleId, ruleHistoryLimit + 1);
  if (versions.length === 0) throw notFound();
  const shown = versions.slice(0, ruleHistoryLimit);
  const names = await namesOf(deps, shown);
  return {
    truncated: versions.length > ruleHistoryLimit,
    versions: shown.map((v) => ({
      version: v.version,
      savedAt: v.savedAt,
      ...(v.savedBy ? { savedBy: { personId: v.savedBy, name: names.get(v.savedBy) ?? "" } } : {}),
      ...(v.legacy ? { legacy: true } : {}),
      created: v.previous === undefined,
      changes: v.legacy ? [] : ruleChanges(v.previous, v.rule),
      rule: v.rule,
    })),
  };
}
