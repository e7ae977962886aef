import { readAccountHead } from "../ledger/account-store";
import type { AppDeps } from "../platform/deps";
import { appError, notFound } from "../platform/errors";
import { keys } from "../platform/keys";
import { isConditionFailure } from "../platform/table";

export const caseStatuses = ["notice_sent", "payment_plan", "court", "enforcement", "closed"] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** A dated note of a case; a note may also move the case to a new status. */
export interface CaseNote {
  date: string;
  text: string;
  status?: CaseStatus;
  by: string;
  at: string;
}

export interface CaseView {
  caseId: string;
  unitId: string;
  status: CaseStatus;
  openedOn: string;
  updatedAt: string;
  notes: CaseNote[];
}

/** The stored case: notes may name people, so they are sealed under the unit's account key. */
interface CaseItem {
  pk: string;
  sk: string;
  caseId: string;
  unitId: string;
  status: CaseStatus;
  openedOn: string;
  updatedAt: string;
  version: number;
  sealed: string;
}

/** One debt-collection case per unit: its id is the unit's id. */
const caseKey = (a: string, unitId: string) => keys.collectionCase(a, unitId);

async function accountKey(deps: AppDeps, associationId: string, unitId: string) {
  const head = await readAccountHead(deps, associationId, unitId);
  if (!head) throw notFound();
  return head.key;
}

async function open(deps: AppDeps, associationId: string, item: CaseItem): Promise<CaseView> {
  const key = await accountKey(deps, associationId, item.unitId);
  const notes = JSON.parse(key.open(`${item.pk}|${item.sk}`, "notes", item.sealed)) as CaseNote[];
  return {
    caseId: item.caseId,
    unitId: item.unitId,
    status: item.status,
    openedOn: item.openedOn,
    updatedAt: item.updatedAt,
    notes,
  };
}

export async function readCase(deps: AppDeps, associationId: string, unitId: string) {
  const item = await deps.table.get<CaseItem>(caseKey(associationId, unitId), true);
  return item ? open(deps, associationId, item) : undefined;
}

/** Every case of the association (its own partition only: never another association's). */
export async function listCases(deps: AppDeps, associationId: string): Promise<CaseView[]> {
  const items = await deps.table.queryAll<CaseItem>(`A#${associationId}`, "CASE#");
  return Promise.all(items.map((i) => open(deps, associationId, i)));
}

/** The statuses of every case, without opening notes (for the debtors list). */
export async function caseStatusesOf(deps: AppDeps, associationId: string): Promise<Map<string, CaseStatus>> {
  const items = await deps.table.queryAll<CaseItem>(`A#${associationId}`, "CASE#");
  return new Map(items.map((i) => [i.unitId, i.status]));
}

/**
 * Adds a dated note (optionally changing the status), opening the case on its first note. The
 * write is conditional on the version read, so two concurrent notes never overwrite each other
 * (the loser retries on the fresh case).
 */
export async function addCaseNote(
  deps: AppDeps,
  associationId: string,
  unitId: string,
  note: Omit<CaseNote, "at">,
): Promise<CaseView> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const k = caseKey(associationId, unitId);
    const current = await deps.table.get<CaseItem>(k, true);
    const before = current ? (await open(deps, associationId, current)).notes : [];
    if (!current && !note.status) throw appError("debts.case_needs_status");
    const at = deps.clock.now().toISOString();
    const notes = [...before, { ...note, at }];
    const key = await accountKey(deps, associationId, unitId);
    const item: CaseItem = {
      ...k,
      caseId: unitId,
      unitId,
      status: note.status ?? (current?.status as CaseStatus),
      openedOn: current?.openedOn ?? note.date,
      updatedAt: at,
      version: (current?.version ?? 0) + 1,
      sealed: key.seal(`${k.pk}|${k.sk}`, "notes", JSON.stringify(notes)),
    };
    try {
      await deps.table.put(
        item,
        current ? { condition: "version = :v", values: { ":v": current.version } } : { ifAbsent: true },
      );
      return open(deps, associationId, item);
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
  throw appError("conflict");
}
