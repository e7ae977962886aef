import { requireAssociation } from "../billing/load-inputs";
import { reviewPeriod } from "../billing/review";
import { notFound } from "../platform/errors";
import { route } from "../platform/http/route";
import { readUnit } from "../registry/units";
import { paymentListFile, receiptFile } from "./contracts";
import { fileResponse } from "./file-response";
import { paymentListCsv, paymentListPdf } from "./payment-list";
import { receiptData, receiptPdf } from "./receipt";

/** Documents out: the payment list (PDF/CSV) and per-unit receipts (PDF with payment QR). */
export const documentRoutes = [
  route(paymentListFile, async (ctx, { params, query }) => {
    const a = await requireAssociation(ctx.deps, params.associationId);
    const review = await reviewPeriod(ctx.deps, a, params.period, ctx.locale);
    const name = `payment-list-${params.period}.${query.format}`;
    if (query.format === "csv")
      return fileResponse(`\uFEFF${paymentListCsv(review, ctx.locale)}`, "text/csv; charset=utf-8", name);
    return fileResponse(await paymentListPdf(a, review, ctx.locale), "application/pdf", name);
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
