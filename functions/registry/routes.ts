import { throwIfIssues } from "../kernel/domain-errors";
import { readAccountHead } from "../ledger/account-store";
import { appError, notFound } from "../platform/errors";
import { fileResponse } from "../platform/http/file-response";
import { route } from "../platform/http/route";
import { type AssociationProfile, readAssociation, saveAssociation } from "./associations";
import * as c from "./contracts";
import { importUnits } from "./import-units";
import { qrStandardFor } from "./model/country-profiles";
import { duplicateIssues, sharesTotal, unitIssues } from "./model/unit-validation";
import { moveEmptyAccounts, refuseFrozenChanges } from "./money-settings";
import { registryPlatformRoutes } from "./platform-routes";
import { effectiveProfile, normalizeAccount, profileIssues } from "./profile";
import { readOwners, writeOwners } from "./unit-owners";
import { unitsToCsv, unitsToXlsx } from "./unit-table";
import { deleteUnit, listUnits, openAccounts, putUnit, type Unit } from "./units";
import "./messages";

async function association(deps: Parameters<typeof readAssociation>[0], id: string): Promise<AssociationProfile> {
  const a = await readAssociation(deps, id);
  if (!a) throw notFound();
  return a;
}

function withEffective(a: AssociationProfile) {
  const profile = effectiveProfile(a);
  return {
    ...a,
    effective: {
      dueRule: profile.dueDate,
      qrStandard: qrStandardFor(profile, a.currency),
      maxDueDaysAfterPosting: profile.limits.maxDueDaysAfterPosting,
    },
  };
}

/** Registry routes: profile, units, owners and import. */
export const registryRoutes = [
  route(c.getProfile, async (ctx, { params }) => withEffective(await association(ctx.deps, params.associationId))),

  route(c.updateProfile, async (ctx, { params, body }) => {
    const current = await association(ctx.deps, params.associationId);
    const next: AssociationProfile = { ...current, ...body, associationId: current.associationId };
    next.bankAccounts = next.bankAccounts.map((b) => normalizeAccount(next.country, b));
    throwIfIssues(profileIssues(next));
    await refuseFrozenChanges(ctx.deps, current, next);
    await saveAssociation(ctx.deps, next);
    if (next.currency !== current.currency) await moveEmptyAccounts(ctx.deps, next.associationId, next.currency);
    return next;
  }),

  route(c.listUnitsContract, async (ctx, { params }) => {
    const units = await listUnits(ctx.deps, params.associationId);
    const total = sharesTotal(units);
    return { units, sharesTotalPpm: total, sharesComplete: total === 1_000_000 };
  }),

  route(c.putUnitContract, async (ctx, { params, body }) => {
    const a = await association(ctx.deps, params.associationId);
    const unit: Unit = { ...body, unitId: params.unitId };
    const others = (await listUnits(ctx.deps, a.associationId)).filter((u) => u.unitId !== unit.unitId);
    const all = [...others, unit];
    const at = (i: number) => (i === others.length ? "" : `units.${i}`);
    throwIfIssues([
      ...unitIssues(unit),
      ...duplicateIssues(all, (u) => u.number, "number", at).map(trimPath),
      ...duplicateIssues(all, (u) => u.paymentReference, "paymentReference", at).map(trimPath),
    ]);
    await putUnit(ctx.deps, a.associationId, unit);
    await openAccounts(ctx.deps, a.associationId, a.currency, [unit]);
    return unit;
  }),

  route(c.deleteUnitContract, async (ctx, { params }) => {
    const head = await readAccountHead(ctx.deps, params.associationId, params.unitId, true);
    if (head && head.item.entryCount > 0) throw appError("registry.unit_has_ledger", { status: 409 });
    await deleteUnit(ctx.deps, params.associationId, params.unitId);
    return { ok: true as const };
  }),

  route(c.getOwnersContract, async (ctx, { params }) => ({
    owners: await readOwners(ctx.deps, params.associationId, params.unitId),
  })),

  route(c.putOwnersContract, async (ctx, { params, body }) => {
    await writeOwners(ctx.deps, params.associationId, params.unitId, body.owners);
    return { owners: body.owners };
  }),

  route(c.importUnitsContract, async (ctx, { params, body }) => {
    const a = await association(ctx.deps, params.associationId);
    return importUnits(ctx.deps, a, body);
  }),

  ...registryPlatformRoutes,
];

/** Registry routes of the `files` group: unit export as CSV or XLSX. */
export const registryFileRoutes = [
  route(c.exportUnitsContract, async (ctx, { params, query }) => {
    const units = await listUnits(ctx.deps, params.associationId);
    const csv = query.format === "csv";
    const body = csv ? unitsToCsv(units) : await unitsToXlsx(units);
    const type = csv ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    return fileResponse(body, type, `units.${query.format}`);
  }),
];

/** A duplicate on the unit being saved is reported on the field itself (`number`), not a list path. */
function trimPath<T extends { path: string }>(issue: T): T {
  return { ...issue, path: issue.path.replace(/^\./, "") };
}
