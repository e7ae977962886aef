import { recordAudit } from "../audit/audit-log";
import { requireAssociation } from "../billing/load-inputs";
import { notFound } from "../platform/errors";
import { actorOf, type RouteContext, route } from "../platform/http/route";
import { readUnit } from "../registry/units";
import { attachCaseDocument, caseDocumentDownloadUrl, startCaseDocumentUpload } from "./case-documents";
import * as c from "./document-contracts";
import "./messages";

/** The association exists and the unit is one of its own. */
async function unitOf(ctx: RouteContext, associationId: string, unitId: string) {
  const a = await requireAssociation(ctx.deps, associationId);
  if (!(await readUnit(ctx.deps, a.associationId, unitId))) throw notFound();
  return a.associationId;
}

/** Board actions on a case's documents leave an audit record (ids only). */
function audit(ctx: RouteContext, associationId: string, unitId: string, action: string) {
  return recordAudit(ctx.deps, {
    actor: actorOf(ctx).personId,
    associationId,
    subject: `unit:${unitId}`,
    action,
    outcome: "success",
    requestId: ctx.requestId,
  });
}

/** Case documents: the upload URL and the attachment (admin Lambda). */
export const caseDocumentRoutes = [
  route(c.caseDocumentUploadContract, async (ctx, { params, body }) => {
    const a = await unitOf(ctx, params.associationId, params.unitId);
    return startCaseDocumentUpload(ctx.deps, a, params.unitId, body);
  }),

  route(c.attachCaseDocumentContract, async (ctx, { params, body }) => {
    const a = await unitOf(ctx, params.associationId, params.unitId);
    const uploadedBy = actorOf(ctx).personId;
    const theCase = await attachCaseDocument(ctx.deps, a, params.unitId, { ...body, uploadedBy });
    await audit(ctx, a, params.unitId, "debts.document.attach");
    return { case: theCase };
  }),
];

/** The download: a redirect to a short-lived storage URL, never the bytes (files Lambda). */
export const caseDocumentFileRoutes = [
  route(c.caseDocumentFile, async (ctx, { params }) => {
    const a = await unitOf(ctx, params.associationId, params.unitId);
    const url = await caseDocumentDownloadUrl(ctx.deps, a, params.unitId, params.documentId);
    await audit(ctx, a, params.unitId, "debts.document.read");
    return new Response(null, { status: 302, headers: { location: url, "cache-control": "private, no-store" } });
  }),
];
