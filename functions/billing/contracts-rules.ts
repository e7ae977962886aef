import { z } from "zod";
import { defineContract } from "../platform/http/contract";
import { idSchema } from "../platform/model/schemas";
import { ruleSchema } from "./contracts";
import { ruleFields } from "./model/rule-changes";

/** The most versions one answer lists (newest first); a rule edited more often says `truncated`. */
export const ruleHistoryLimit = 100;

const ruleVersionSchema = z.object({
  version: z.number().int(),
  savedAt: z.string().optional(),
  /** Who saved it; absent when the platform did (demo data, scripts) or before history was kept. */
  savedBy: z.object({ personId: idSchema, name: z.string() }).optional(),
  /** The rule predates history: this is its body as found, who and when are unknown. */
  legacy: z.boolean().optional(),
  /** What this version changed against the one before (every set field when the rule was created). */
  changes: z.array(z.object({ field: z.enum(ruleFields), from: z.unknown().optional(), to: z.unknown().optional() })),
  created: z.boolean(),
  rule: ruleSchema,
});

export const ruleHistoryContract = defineContract({
  id: "billing.ruleHistory",
  group: "admin",
  method: "get",
  path: "/api/admin/associations/{associationId}/charge-rules/{ruleId}/history",
  summary: "Every saved version of a charge rule, newest first: when, by whom and what changed",
  access: { kind: "action", action: "billing.read" },
  params: z.object({ associationId: idSchema, ruleId: idSchema }).strict(),
  response: z.object({ versions: z.array(ruleVersionSchema), truncated: z.boolean() }),
});
