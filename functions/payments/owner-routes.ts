import { readAccountHead } from "../ledger/account-store";
import type { LedgerEntry } from "../ledger/model/entry";
import { readEntries } from "../ledger/read-entries";
import { entryName } from "../owner/line-text";
import { notFound } from "../platform/errors";
import { route } from "../platform/http/route";
import type { Locale } from "../platform/model/schemas";
import { openItems } from "./model/open-items";
import { ownerPaymentsContract } from "./owner-contracts";
import { presentDebts } from "./present";
import { isReturnEntry } from "./provider/model/return-entries";
import { bankKey, listLines, openLine } from "./statements/line-store";

/** Payment entries grouped into payments (one payment may pay several funds). */
function paymentsOf(entries: readonly LedgerEntry[], locale: Locale) {
  const reversed = new Set(entries.filter((e) => e.entryId.startsWith("rev-")).map((e) => `pay-${e.entryId.slice(4)}`));
  const byId = new Map<
    string,
    { paymentId: string; date: string; amountMinor: number; description: string; reversed: boolean }
  >();
  for (const e of entries.filter((x) => x.kind === "payment" && x.entryId.startsWith("pay-"))) {
    const id = String((e.explanation as { paymentId?: unknown } | undefined)?.paymentId ?? e.entryId);
    const p = byId.get(id) ?? {
      paymentId: id,
      date: e.date,
      amountMinor: 0,
      description: entryName(e, locale),
      reversed: false,
    };
    p.amountMinor += -e.amountMinor;
    p.reversed ||= reversed.has(e.entryId);
    byId.set(id, p);
  }
  return [...byId.values()].sort((a, b) => b.date.localeCompare(a.date));
}

/** Card returns (refunds, lost disputes) grouped from their entries (one per fund). */
function returnsOf(entries: readonly LedgerEntry[], locale: Locale) {
  const byId = new Map<
    string,
    {
      returnId: string;
      paymentId: string;
      kind: "refund" | "chargeback";
      date: string;
      amountMinor: number;
      description: string;
    }
  >();
  for (const e of entries.filter(isReturnEntry)) {
    const returnId = e.entryId.slice(0, e.entryId.lastIndexOf("-"));
    const r = byId.get(returnId) ?? {
      returnId,
      paymentId: String((e.explanation as { paymentId?: unknown } | undefined)?.paymentId ?? ""),
      kind: e.entryId.startsWith("rfd-") ? ("refund" as const) : ("chargeback" as const),
      date: e.date,
      amountMinor: 0,
      description: entryName(e, locale),
    };
    r.amountMinor += e.amountMinor;
    byId.set(returnId, r);
  }
  return [...byId.values()].sort((a, b) => b.date.localeCompare(a.date));
}

/** The owner's payments page. */
export const paymentsOwnerRoutes = [
  route(ownerPaymentsContract, async (ctx, { params }) => {
    const { associationId, unitId } = params;
    const head = await readAccountHead(ctx.deps, associationId, unitId);
    if (!head) throw notFound();
    const entries = await readEntries(ctx.deps, head.key, associationId, unitId);
    const lines = (await listLines(ctx.deps, associationId)).filter(
      (l) => l.suggestedUnitId === unitId && l.status === "suggested",
    );
    const key = lines.length > 0 ? await bankKey(ctx.deps, associationId) : undefined;
    const pendingTransfers = key
      ? lines
          .map((l) => openLine(key, l))
          .map((l) => ({ date: l.bookingDate, amountMinor: l.amountMinor, reference: l.reference }))
      : [];
    const debts = presentDebts(openItems(entries));
    return {
      currency: head.item.currency,
      payments: paymentsOf(entries, ctx.locale),
      returns: returnsOf(entries, ctx.locale),
      pendingTransfers,
      openMinor: debts.totalMinor,
      creditMinor: debts.creditMinor,
    };
  }),
];
