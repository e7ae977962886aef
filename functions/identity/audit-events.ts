import { recordAuditEach } from "../audit/audit-log";
import type { AppDeps } from "../platform/deps";
import { membershipsOf } from "./memberships";

/** A sign-in attempt, recorded in every association of the person (platform level when unknown). */
export async function auditSignIn(
  deps: AppDeps,
  personId: string | undefined,
  outcome: "success" | "failure",
  requestId?: string,
): Promise<void> {
  const associations = personId ? (await membershipsOf(deps, personId)).map((m) => m.associationId) : [];
  await recordAuditEach(deps, associations, {
    ...(personId ? { actor: personId, subject: `person:${personId}` } : {}),
    action: "auth.sign_in",
    outcome,
    ...(requestId ? { requestId } : {}),
  });
}
