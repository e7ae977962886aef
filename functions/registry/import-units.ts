import { throwIfIssues } from "../kernel/domain-errors";
import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import type { AssociationProfile } from "./associations";
import { sharesTotal } from "./model/unit-validation";
import { planImport } from "./unit-import";
import { parseUnitsCsv, parseUnitsXlsx } from "./unit-table";
import { listUnits, openAccounts, putUnits } from "./units";

async function parse(format: "csv" | "xlsx", content: string) {
  try {
    return format === "csv" ? parseUnitsCsv(content) : await parseUnitsXlsx(content);
  } catch {
    throw appError("request.invalid", { fields: [{ path: "content", code: "registry.unreadable_file" }] });
  }
}

/**
 * All-or-nothing import: every row is validated against the whole resulting registry first; any
 * problem answers 400 (row errors) or 422 (shares not summing) and nothing is written. Then units
 * are written 25 per request and new units get their personal accounts.
 */
export async function importUnits(
  deps: AppDeps,
  a: AssociationProfile,
  input: { format: "csv" | "xlsx"; content: string; dryRun: boolean },
) {
  const { header, rows } = await parse(input.format, input.content);
  const current = await listUnits(deps, a.associationId);
  const today = deps.clock.now().toISOString().slice(0, 10);
  const plan = planImport(rows, header, current, today);
  throwIfIssues(plan.issues);
  const total = sharesTotal(plan.units);
  if (total !== 1_000_000) throw appError("registry.shares_not_total", { params: { total, expected: 1_000_000 } });
  // Shares computed from area change every unit's share, so then the whole registry is written.
  const changed = plan.sharesComputed ? plan.units : [...plan.created, ...plan.updated];
  if (!input.dryRun) {
    await putUnits(deps, a.associationId, changed);
    await openAccounts(deps, a.associationId, a.currency, plan.created);
  }
  return { created: plan.created.length, updated: plan.updated.length, sharesComputedFromArea: plan.sharesComputed };
}
