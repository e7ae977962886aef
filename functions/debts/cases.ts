import { readAccountHead } from "../ledger/account-store";
import type { AppDeps } from "../platform/deps";
import { appError, notFound } from "../platform/errors";
import { keys } from "../platform/keys";
import { isConditionFailure } from "../platform/table";
import type { CaseDocument } from "./model/case-document";

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
  documents: CaseDocument[];
}

/**
 * The stored case: notes and document names may name people, so both are sealed under the
 * unit's account key (bound to this item). Cases opened before documents existed have none.
 */
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
  sealedDocuments?: string;
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
  const itemId = `${item.pk}|${item.sk}`;
  const notes = JSON.parse(key.open(itemId, "notes", item.sealed)) as CaseNote[];
  const documents = item.sealedDocuments
    ? (JSON.parse(key.open(itemId, "documents", item.sealedDocuments)) as CaseDocument[])
    : [];
  return {
    caseId: item.caseId,
    unitId: item.unitId,
    status: item.status,
    openedOn: item.openedOn,
    updatedAt: item.updatedAt,
    notes,
    documents,
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

/** What a change leaves of a case; undefined when there is nothing to write (a replay). */
type CaseState = Pick<CaseView, "status" | "openedOn" | "notes" | "documents">;
type CaseChange = (current: CaseView | undefined, at: string) => CaseState | undefined;

/**
 * Applies a change to a unit's case (opening it when the change allows). The write is
 * conditional on the version read, so two concurrent changes never overwrite each other: the
 * loser runs its change again on the fresh case.
 */
async function changeCase(deps: AppDeps, associationId: string, unitId: string, change: CaseChange) {
  const k = caseKey(associationId, unitId);
  for (let attempt = 0; attempt < 5; attempt++) {
    const stored = await deps.table.get<CaseItem>(k, true);
    const current = stored ? await open(deps, associationId, stored) : undefined;
    const at = deps.clock.now().toISOString();
    const next = change(current, at);
    if (!next) return current as CaseView;
    const key = await accountKey(deps, associationId, unitId);
    const itemId = `${k.pk}|${k.sk}`;
    const item: CaseItem = {
      ...k,
      caseId: unitId,
      unitId,
      status: next.status,
      openedOn: next.openedOn,
      updatedAt: at,
      version: (stored?.version ?? 0) + 1,
      sealed: key.seal(itemId, "notes", JSON.stringify(next.notes)),
      sealedDocuments: key.seal(itemId, "documents", JSON.stringify(next.documents)),
    };
    const guard = stored ? { condition: "version = :v", values: { ":v": stored.version } } : { ifAbsent: true };
    try {
      await deps.table.put(item, guard);
      const { status, openedOn, notes, documents } = next;
      return { caseId: unitId, unitId, status, openedOn, updatedAt: at, notes, documents };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
  throw appError("conflict");
}

/** Adds a dated note (optionally changing the status), opening the case on its first note. */
export function addCaseNote(
  deps: AppDeps,
  associationId: string,
  unitId: string,
  note: Omit<CaseNote, "at">,
): Promise<CaseView> {
  return changeCase(deps, associationId, unitId, (current, at) => {
    if (!current && !note.status) throw appError("debts.case_needs_status");
    return {
      status: note.status ?? (current?.status as CaseStatus),
      openedOn: current?.openedOn ?? note.date,
      notes: [...(current?.notes ?? []), { ...note, at }],
      documents: current?.documents ?? [],
    };
  });
}

/** Lists a stored document with its case, once: attaching the same document again changes nothing. */
export function addCaseDocument(
  deps: AppDeps,
  associationId: string,
  unitId: string,
  document: CaseDocument,
  limit: number,
): Promise<CaseView> {
  return changeCase(deps, associationId, unitId, (current) => {
    if (!current) throw appError("debts.no_case", { status: 409 });
    if (current.documents.some((d) => d.documentId === document.documentId)) return undefined;
    if (current.documents.length >= limit) throw appError("debts.too_many_documents", { params: { max: limit } });
    return { ...current, documents: [...current.documents, document] };
  });
}
