import { readAccountHead } from "../ledger/account-store";
import { readEntries } from "../ledger/read-entries";
import { openItems } from "../payments/model/open-items";
import type { AppDeps } from "../platform/deps";
import { notFound } from "../platform/errors";
import type { AssociationProfile } from "../registry/associations";
import { readOwners } from "../registry/unit-owners";
import { listUnits } from "../registry/units";
import { type Aging, addAging, ageDebts, emptyAging } from "./aging";
import { type CaseStatus, caseStatusesOf } from "./cases";

export interface Debtor {
  unitId: string;
  number: string;
  owners: string[];
  aging: Aging;
  overdueMinor: number;
  penaltyMinor: number;
  notDueMinor: number;
  oldestDueDate?: string;
  daysPastDue: number;
  caseStatus?: CaseStatus;
}

/** Every unit of the association with money overdue on `asOf`, most overdue first, and the totals. */
export async function debtorsOf(deps: AppDeps, a: AssociationProfile, asOf: string) {
  const [units, cases] = await Promise.all([listUnits(deps, a.associationId), caseStatusesOf(deps, a.associationId)]);
  const debtors: Debtor[] = [];
  for (const u of units) {
    const head = await readAccountHead(deps, a.associationId, u.unitId);
    if (!head) continue;
    const items = openItems(await readEntries(deps, head.key, a.associationId, u.unitId));
    const aged = ageDebts(items.debts, asOf);
    if (aged.overdueMinor <= 0) continue;
    const owners = await readOwners(deps, a.associationId, u.unitId).catch(() => []);
    const caseStatus = cases.get(u.unitId);
    debtors.push({
      unitId: u.unitId,
      number: u.number,
      owners: owners.map((o) => o.name),
      ...aged,
      ...(caseStatus ? { caseStatus } : {}),
    });
  }
  debtors.sort((x, y) => y.daysPastDue - x.daysPastDue || y.overdueMinor - x.overdueMinor);
  const totals = {
    aging: debtors.reduce((s, d) => addAging(s, d.aging), emptyAging()),
    overdueMinor: debtors.reduce((s, d) => s + d.overdueMinor, 0),
    penaltyMinor: debtors.reduce((s, d) => s + d.penaltyMinor, 0),
    debtors: debtors.length,
  };
  return { asOf, currency: a.currency, debtors, totals };
}

/** A unit's account history for the board: every entry with the running balance, and its aging today. */
export async function debtHistoryOf(deps: AppDeps, a: AssociationProfile, unitId: string, asOf: string) {
  const head = await readAccountHead(deps, a.associationId, unitId);
  if (!head) throw notFound();
  const entries = await readEntries(deps, head.key, a.associationId, unitId);
  entries.sort((x, y) => x.date.localeCompare(y.date) || x.entryId.localeCompare(y.entryId));
  let balance = 0;
  const history = entries.map((e) => {
    balance += e.amountMinor;
    return {
      date: e.date,
      period: e.period,
      kind: e.kind,
      fund: e.fund,
      description: e.description,
      amountMinor: e.amountMinor,
      balanceMinor: balance,
    };
  });
  const items = openItems(entries);
  return { currency: a.currency, asOf, history, ...ageDebts(items.debts, asOf), creditMinor: items.creditMinor };
}
