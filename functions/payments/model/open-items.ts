import type { IsoDate } from "../../kernel/dates";
import type { Fund, LedgerEntry } from "../../ledger/model/entry";
import { allocatePayment } from "./allocate-payment";

/** A charge of a personal account and what is still open on it, derived from immutable entries. */
export interface DebtState {
  /** The charge's entry id (deterministic, so penalties and allocations can name it). */
  debtId: string;
  fund: Fund;
  period: string;
  dueDate: IsoDate;
  name: string;
  principalMinor: number;
  /** Principal paid, with the dates money came in (the penalty base drops from the day after). */
  paid: { date: IsoDate; amountMinor: number }[];
  outstandingMinor: number;
  penaltyMinor: number;
  penaltyOutstandingMinor: number;
}

export interface OpenItems {
  debts: DebtState[];
  /** Money received and not applied to any debt (overpayment kept as credit). */
  creditMinor: number;
}

function chronological(a: LedgerEntry, b: LedgerEntry): number {
  return a.date.localeCompare(b.date) || a.period.localeCompare(b.period) || a.entryId.localeCompare(b.entryId);
}

function dueOf(e: LedgerEntry): IsoDate {
  const due = (e.explanation as { dueDate?: unknown } | undefined)?.dueDate;
  return typeof due === "string" ? due : e.date;
}

function debtOf(e: LedgerEntry): DebtState {
  return {
    debtId: e.entryId,
    fund: e.fund,
    period: e.period,
    dueDate: dueOf(e),
    name: e.description,
    principalMinor: e.amountMinor,
    paid: [],
    outstandingMinor: e.amountMinor,
    penaltyMinor: 0,
    penaltyOutstandingMinor: 0,
  };
}

function byDue(a: DebtState, b: DebtState): number {
  return a.dueDate.localeCompare(b.dueDate) || a.debtId.localeCompare(b.debtId);
}

/** Applies `amount` to principals (or penalties) of `debts` oldest first; returns what is left. */
function applyFifo(debts: DebtState[], amount: number, date: IsoDate, kind: "principal" | "penalty"): number {
  let left = amount;
  for (const d of debts) {
    if (left === 0) break;
    const open = kind === "principal" ? d.outstandingMinor : d.penaltyOutstandingMinor;
    const take = Math.min(open, left);
    if (take === 0) continue;
    if (kind === "principal") {
      d.outstandingMinor -= take;
      d.paid.push({ date, amountMinor: take });
    } else d.penaltyOutstandingMinor -= take;
    left -= take;
  }
  return left;
}

/** Applies the credit pool across funds with the allocation rule (principals oldest first, penalties last). */
function applyPool(debts: DebtState[], pool: { date: IsoDate; amountMinor: number }[]): number {
  let credit = 0;
  for (const p of pool) {
    const open = debts.map((d) => ({
      debtId: d.debtId,
      dueDate: d.dueDate,
      principalMinor: d.outstandingMinor,
      penaltyMinor: d.penaltyOutstandingMinor,
    }));
    for (const part of allocatePayment(p.amountMinor, open)) {
      if (part.kind === "credit") {
        credit += part.amountMinor;
        continue;
      }
      const d = debts.find((x) => x.debtId === part.debtId);
      if (d) applyFifo([d], part.amountMinor, p.date, part.kind);
    }
  }
  return credit;
}

const debtKinds = new Set(["charge", "adjustment"]);

function isDebt(e: LedgerEntry): boolean {
  return e.amountMinor > 0 && e.fund !== "penalties" && debtKinds.has(e.kind);
}

/**
 * The payment entry an entry undoes: a whole reversal (`rev-…`) or a card return (`rfd-…`,
 * `chb-…`: a refund or a lost dispute, which may undo only part of it).
 */
function undoneBy(e: LedgerEntry): string | undefined {
  if (e.entryId.startsWith("rev-")) return `pay-${e.entryId.slice(4)}`;
  if (e.kind !== "payment" || e.amountMinor <= 0) return undefined;
  const target = (e.explanation as { reverses?: unknown } | undefined)?.reverses;
  return typeof target === "string" && target.startsWith("pay-") ? target : undefined;
}

/**
 * Nets each payment entry (`pay-…`) with what undoes it: a reversal cancels it exactly and both
 * drop; a partial card return leaves the payment entry with what is still paid.
 */
export function withoutReversed(entries: readonly LedgerEntry[]): LedgerEntry[] {
  const undone = new Map<string, number>();
  for (const e of entries) {
    const target = undoneBy(e);
    if (target) undone.set(target, (undone.get(target) ?? 0) + e.amountMinor);
  }
  return entries.flatMap((e) => {
    if (undoneBy(e)) return [];
    const back = undone.get(e.entryId);
    if (back === undefined) return [e];
    const left = e.amountMinor + back;
    return left < 0 ? [{ ...e, amountMinor: left }] : [];
  });
}

/**
 * Open debts of an account from its entries. Charges (and positive adjustments) are debts;
 * penalties name their debt; each credit (payment, negative adjustment) pays its own fund's
 * debts oldest first, as it was booked; what a fund cannot absorb joins a pool applied across
 * funds by `allocatePayment`, and what remains is the owner's credit. Pure and deterministic.
 */
export function openItems(entries: readonly LedgerEntry[]): OpenItems {
  const sorted = withoutReversed(entries).sort(chronological);
  const debts = sorted.filter(isDebt).map(debtOf);
  debts.sort(byDue);
  const byId = new Map(debts.map((d) => [d.debtId, d]));
  for (const e of sorted.filter((x) => x.fund === "penalties" && x.amountMinor > 0)) {
    const debtId = (e.explanation as { debtId?: unknown } | undefined)?.debtId;
    const d = typeof debtId === "string" ? byId.get(debtId) : undefined;
    if (!d) continue;
    d.penaltyMinor += e.amountMinor;
    d.penaltyOutstandingMinor += e.amountMinor;
  }
  const pool: { date: IsoDate; amountMinor: number }[] = [];
  for (const e of sorted.filter((x) => x.amountMinor < 0)) {
    const inFund = e.fund === "penalties" ? debts : debts.filter((d) => d.fund === e.fund);
    const left = applyFifo(inFund, -e.amountMinor, e.date, e.fund === "penalties" ? "penalty" : "principal");
    if (left > 0) pool.push({ date: e.date, amountMinor: left });
  }
  const creditMinor = applyPool(debts, pool);
  return { debts, creditMinor };
}

/** Debts still open (principal or penalty), oldest first. */
export function unpaid(items: OpenItems): DebtState[] {
  return items.debts.filter((d) => d.outstandingMinor > 0 || d.penaltyOutstandingMinor > 0);
}
