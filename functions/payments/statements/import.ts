import { createHash } from "node:crypto";
import { domainGuard } from "../../kernel/domain-errors";
import { dayInWords } from "../../kernel/text-format";
import type { AppDeps } from "../../platform/deps";
import { AppError, appError } from "../../platform/errors";
import { translate } from "../../platform/i18n";
import { keys } from "../../platform/keys";
import type { AssociationProfile } from "../../registry/associations";
import { readOwners } from "../../registry/unit-owners";
import { listUnits } from "../../registry/units";
import { accountOpenItems } from "../account-items";
import { stableId } from "../model/payment-entries";
import { recordPayment } from "../record-payment";
import { parseCamt053 } from "./camt053";
import { type CsvMapping, parseStatementCsv } from "./csv";
import { legacyLineIds } from "./legacy-ids";
import { bankKey, type LineItem, markBooked, openLine, putNewLines, readLines, sealLine } from "./line-store";
import { type MatchUnit, matchLine } from "./match";
import { parseMt940 } from "./mt940";
import { normalizeStatement, type StatementLine } from "./normalize";
import { assertOwnAccounts } from "./own-account";
import type { ParsedStatement } from "./types";
import "./messages";

export type StatementFormat = "camt053" | "mt940" | "csv";

function parseAny(format: StatementFormat, content: string, mapping?: CsvMapping): ParsedStatement {
  if (format === "camt053") return parseCamt053(content);
  if (format === "mt940") return parseMt940(content);
  if (!mapping) throw appError("statement.no_mapping");
  return parseStatementCsv(content, mapping);
}

/** What matching needs of each unit: reference, owner names, what it owes. */
export async function matchUnits(deps: AppDeps, associationId: string): Promise<MatchUnit[]> {
  const units = await listUnits(deps, associationId);
  return Promise.all(
    units.map(async (u) => {
      const [owners, items] = await Promise.all([
        readOwners(deps, associationId, u.unitId).catch(() => []),
        accountOpenItems(deps, associationId, u.unitId).catch(() => undefined),
      ]);
      const owed = (items?.debts ?? []).reduce((s, d) => s + d.outstandingMinor + d.penaltyOutstandingMinor, 0);
      return {
        unitId: u.unitId,
        number: u.number,
        paymentReference: u.paymentReference,
        ownerNames: owners.map((o) => o.name),
        dueMinor: owed - (items?.creditMinor ?? 0),
      };
    }),
  );
}

function lineItem(a: AssociationProfile, statementId: string, l: StatementLine, units: MatchUnit[]) {
  const base = { ...keys.statementLine(a.associationId, l.lineId), lineId: l.lineId, statementId };
  const common = { ...base, bookingDate: l.bookingDate };
  if (l.amountMinor <= 0) return { ...common, status: "ignored" as const, confidence: 0, reason: "debit" };
  const m = matchLine(l, units);
  if (m.reason === "reference")
    return { ...common, status: "matched" as const, unitId: m.unitId, confidence: 1, reason: m.reason };
  if (m.unitId)
    return {
      ...common,
      status: "suggested" as const,
      suggestedUnitId: m.unitId,
      confidence: m.confidence,
      reason: m.reason,
    };
  return { ...common, status: "unmatched" as const, confidence: m.confidence, reason: m.reason };
}

/** The payment id of a statement line: one per line, whichever unit it is booked to. */
export const linePaymentId = (associationId: string, lineId: string) => stableId("b", associationId, lineId);

/** Books a matched or assigned line's payment (idempotent) and notes the payment on the line. */
export async function bookLine(deps: AppDeps, a: AssociationProfile, item: LineItem): Promise<boolean> {
  if (!item.unitId || (item.status !== "matched" && item.status !== "assigned")) return false;
  const line = openLine(await bankKey(deps, a.associationId), item);
  const paymentId = linePaymentId(a.associationId, item.lineId);
  const out = await recordPayment(deps, a.associationId, {
    paymentId,
    unitId: item.unitId,
    amountMinor: line.amountMinor,
    date: line.bookingDate,
    method: "statement",
    description: translate(a.locale, "payment.desc.statement", { date: dayInWords(line.bookingDate, a.locale) }),
    payerName: line.name,
    reference: line.reference,
    lineId: item.lineId,
  });
  if (!item.paymentId) await markBooked(deps, a.associationId, item.lineId, paymentId);
  return out.created;
}

/**
 * The lines of the file already stored: under their id, or under the id a line had before ids
 * named the association's account in one spelling (see legacy-ids.ts).
 */
async function storedBefore(
  deps: AppDeps,
  associationId: string,
  parsed: ParsedStatement,
  lines: StatementLine[],
): Promise<Set<string>> {
  const legacy = legacyLineIds(
    associationId,
    parsed,
    lines.map((l) => l.amountMinor),
  );
  const [current, earlier] = await Promise.all([
    readLines(
      deps,
      associationId,
      lines.map((l) => l.lineId),
    ),
    readLines(deps, associationId, legacy),
  ]);
  const ids = new Set([...current, ...earlier].map((i) => i.lineId));
  return new Set(lines.filter((l, i) => ids.has(l.lineId) || ids.has(legacy[i] ?? "")).map((l) => l.lineId));
}

export interface ImportResult {
  statementId: string;
  lines: number;
  alreadyImported: number;
  matched: number;
  suggested: number;
  unmatched: number;
  ignored: number;
  booked: number;
}

/**
 * Imports a statement all-or-nothing: the whole file is parsed and validated (the account it is
 * for, currency, precision) before anything is written. New lines are stored under deterministic ids and matched;
 * lines of an earlier import are left as they are. Then every matched line of the file without a
 * payment is booked — so a re-import (or a retry after a crash) finishes the work and never
 * credits a transaction twice.
 */
export async function importStatement(
  deps: AppDeps,
  a: AssociationProfile,
  input: { format: StatementFormat; content: string; mapping?: CsvMapping },
): Promise<ImportResult> {
  const parsed = await domainGuard(() => parseAny(input.format, input.content, input.mapping)).catch((e: unknown) => {
    // A file we cannot read is bad input (400), naming the line; a readable file with wrong values is 422.
    throw e instanceof AppError && e.code === "statement.malformed"
      ? appError(e.code, { status: 400, params: e.params })
      : e;
  });
  // A statement of another account would credit owners with money the association never got.
  const ownAccounts = a.bankAccounts.map((b) => b.iban);
  await domainGuard(() => assertOwnAccounts(parsed.statedAccounts ?? [], ownAccounts));
  const lines = await domainGuard(() => normalizeStatement(a.associationId, parsed, a.currency, ownAccounts));
  const statementId = createHash("sha256").update(input.content).digest("hex").slice(0, 24);
  const stored = await storedBefore(deps, a.associationId, parsed, lines);
  const fresh = lines.filter((l) => !stored.has(l.lineId));
  const units = fresh.some((l) => l.amountMinor > 0) ? await matchUnits(deps, a.associationId) : [];
  const key = await bankKey(deps, a.associationId);
  await putNewLines(
    deps,
    fresh.map((l) => sealLine(key, lineItem(a, statementId, l, units), l)),
  );
  const all = await readLines(
    deps,
    a.associationId,
    lines.map((l) => l.lineId),
  );
  let booked = 0;
  for (const item of all.filter((i) => !i.paymentId)) if (await bookLine(deps, a, item)) booked += 1;
  const count = (s: LineItem["status"]) => all.filter((i) => i.status === s).length;
  return {
    statementId,
    lines: lines.length,
    alreadyImported: lines.length - fresh.length,
    matched: count("matched") + count("assigned"),
    suggested: count("suggested"),
    unmatched: count("unmatched"),
    ignored: count("ignored"),
    booked,
  };
}
