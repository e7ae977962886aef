import { requireAssociation } from "../billing/load-inputs";
import { reviewPeriod } from "../billing/review";
import { type BillingRun, type PaymentListRecord, readRun } from "../billing/run-store";
import type { AppDeps } from "../platform/deps";
import { appError, notFound } from "../platform/errors";
import { fileResponse } from "../platform/http/file-response";
import { route } from "../platform/http/route";
import { readUnit } from "../registry/units";
import { paymentListFile, paymentListRecordContract, receiptFile, storePaymentListRecordContract } from "./contracts";
import { paymentListCsv, paymentListPdf } from "./payment-list";
import "./list-messages";
import { contentTypeOf, publishedFile, storePublishedList } from "./published-list";
import { receiptData, receiptPdf } from "./receipt";

/** The association and its published run of `period` (409 before publishing). */
async function publishedRun(deps: AppDeps, associationId: string, period: string) {
  const a = await requireAssociation(deps, associationId);
  const run = await readRun(deps, associationId, period, true);
  if (!run) throw appError("billing.no_draft", { status: 404, params: { period } });
  if (run.status !== "published") throw appError("billing.period_not_published", { status: 409, params: { period } });
  return { a, run };
}

/** The record as both record routes answer it: the run's dates beside the stored files. */
function recordAnswer(run: BillingRun, record: PaymentListRecord) {
  return { period: run.period, publishedAt: run.publishedAt, postedOn: run.postedOn, dueDate: run.dueDate, ...record };
}

/** Documents out: the payment list (PDF/CSV) and per-unit receipts (PDF with payment QR). */
export const documentRoutes = [
  route(paymentListFile, async (ctx, { params, query }) => {
    const a = await requireAssociation(ctx.deps, params.associationId);
    const name = `payment-list-${params.period}.${query.format}`;
    const run = await readRun(ctx.deps, params.associationId, params.period, true);
    if (run?.status === "published") {
      return fileResponse(await publishedFile(ctx.deps, a, run, query.format), contentTypeOf(query.format), name);
    }
    // Before publishing the list is a preview of the draft, rendered now in the reader's language.
    const review = await reviewPeriod(ctx.deps, a, params.period, ctx.locale);
    if (query.format === "csv")
      return fileResponse(`\uFEFF${paymentListCsv(review, ctx.locale)}`, "text/csv; charset=utf-8", name);
    return fileResponse(await paymentListPdf(a, review, ctx.locale), "application/pdf", name);
  }),

  route(paymentListRecordContract, async (ctx, { params }) => {
    const { run } = await publishedRun(ctx.deps, params.associationId, params.period);
    if (!run.paymentList)
      throw appError("documents.list_not_stored", { status: 404, params: { period: params.period } });
    return recordAnswer(run, run.paymentList);
  }),

  route(storePaymentListRecordContract, async (ctx, { params }) => {
    const { a, run } = await publishedRun(ctx.deps, params.associationId, params.period);
    return recordAnswer(run, await storePublishedList(ctx.deps, a, run));
  }),

  route(receiptFile, async (ctx, { params, query }) => {
    const a = await requireAssociation(ctx.deps, params.associationId);
    const unit = await readUnit(ctx.deps, params.associationId, params.unitId);
    if (!unit) throw notFound();
    const data = await receiptData(ctx.deps, a, unit, query.period, ctx.locale);
    return fileResponse(
      await receiptPdf(a, unit, data, ctx.locale),
      "application/pdf",
      `receipt-${unit.number}-${data.period}.pdf`,
    );
  }),
];
