import { recordDenial } from "../audit/audit-log";
import type { AccessControl } from "../platform/http/guard";
import { idSchema } from "../platform/model/schemas";
import { can } from "./model/policy";
import { authenticateToken } from "./sessions";

/** The identity domain's answer to "who is this, and may they?" for the HTTP app. */
export const accessControl: AccessControl = {
  authenticate: authenticateToken,
  authorize: can,
  denied: async (deps, actor, action, scope) => {
    const associationId = scope.associationId?.slice(0, 64);
    deps.log.warn("access denied", { personId: actor.personId, action, associationId });
    // Paths are not validated yet here: a malformed unit id is recorded as such, never as given.
    const unit = scope.unitId && (idSchema.safeParse(scope.unitId).success ? scope.unitId : "invalid");
    await recordDenial(deps, {
      actor: actor.personId,
      associationId: scope.associationId,
      ...(unit ? { subject: `unit:${unit}` } : {}),
      action,
    });
  },
};
