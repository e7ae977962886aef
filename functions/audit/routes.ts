import { route } from "../platform/http/route";
import { listAudit } from "./audit-log";
import { listAuditLog } from "./contracts";

export const auditRoutes = [
  route(listAuditLog, async (ctx, { params, query }) =>
    listAudit(ctx.deps, params.associationId, { limit: query.limit, cursor: query.cursor }),
  ),
];
