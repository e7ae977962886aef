import { z } from "zod";
import { defineContract } from "../platform/http/contract";
import { associationParams, idSchema } from "../platform/model/schemas";
import { maxPageSize } from "../platform/paging";

export const auditRecordSchema = z.object({
  auditId: z.string(),
  time: z.string(),
  /** Person id of the actor; absent for anonymous attempts. */
  actor: z.string().optional(),
  associationId: idSchema.optional(),
  /** `person:<id>`, `unit:<id>`, `invitation:<id>` … ids only, never personal data. */
  subject: z.string().optional(),
  action: z.string(),
  outcome: z.enum(["success", "failure", "denied"]),
  requestId: z.string().optional(),
  /** Denials are kept as one record per actor, target and hour: how many, the last one, which actions. */
  count: z.number().int().optional(),
  lastTime: z.string().optional(),
  actions: z.array(z.string()).optional(),
});

export const pageQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(maxPageSize).default(50),
    cursor: z.string().max(400).optional(),
  })
  .strict();

export const listAuditLog = defineContract({
  id: "audit.list",
  group: "admin",
  method: "get",
  path: "/api/admin/associations/{associationId}/audit",
  summary: "The association's audit log, newest first (sign-ins, denials, role changes, account reads)",
  access: { kind: "action", action: "audit.read" },
  params: associationParams,
  query: pageQuery,
  response: z.object({ items: z.array(auditRecordSchema), next: z.string().optional() }),
});
