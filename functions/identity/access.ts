import { recordAudit } from "../audit/audit-log";
import type { AccessControl } from "../platform/http/guard";
import { can } from "./model/policy";
import { authenticateToken } from "./sessions";

/** The identity domain's answer to "who is this, and may they?" for the HTTP app. */
export const accessControl: AccessControl = {
  authenticate: authenticateToken,
  authorize: can,
  denied: async (deps, actor, action, scope) => {
    deps.log.warn("access denied", { personId: actor.personId, action, associationId: scope.associationId });
    const subject = scope.unitId ? `unit:${scope.unitId.slice(0, 64)}` : undefined;
    await recordAudit(deps, {
      actor: actor.personId,
      associationId: scope.associationId,
      ...(subject ? { subject } : {}),
      action,
      outcome: "denied",
    });
  },
};
