import { requireAssociation } from "../../billing/load-inputs";
import { notFound } from "../../platform/errors";
import { fileResponse } from "../../platform/http/file-response";
import { route } from "../../platform/http/route";
import { readUnit } from "../../registry/units";
import { formalNoticeFile } from "./contracts";
import { formalNoticePdf, noticeData } from "./notice-pdf";

/** The formal notice letter (files Lambda: the only one that carries pdfmake). */
export const reminderFileRoutes = [
  route(formalNoticeFile, async (ctx, { params, query }) => {
    const a = await requireAssociation(ctx.deps, params.associationId);
    const unit = await readUnit(ctx.deps, a.associationId, params.unitId);
    if (!unit) throw notFound();
    const data = await noticeData(ctx.deps, a, unit, query.period);
    const pdf = await formalNoticePdf(a, unit, data, ctx.locale);
    return fileResponse(pdf, "application/pdf", `formal-notice-${unit.number}-${data.today}.pdf`);
  }),
];
