import { z } from "zod";
import { defineContract } from "../../platform/http/contract";
import { associationParams } from "../../platform/model/schemas";
import { isoDateSchema } from "../schemas";

const path = "/api/admin/associations/{associationId}/penalty-settings";

export const decisionBody = z
  .object({
    number: z.string().min(1).max(40),
    adoptedOn: isoDateSchema,
    dailyRate: z.string().regex(/^0(\.\d{1,8})?$/, "payment.rate_invalid"),
    note: z.string().max(300).optional(),
  })
  .strict();

const settingsSchema = z.object({
  enabled: z.boolean(),
  decision: decisionBody.optional(),
  updatedAt: z.string().optional(),
});

/** The country's rule, for the policy screen. */
const policySchema = z.object({
  country: z.string(),
  kind: z.enum(["none", "accrue"]),
  requiresDecision: z.boolean(),
  maxDailyRate: z.string().optional(),
  fromDay: z.number().int().optional(),
  capAtPrincipal: z.boolean(),
  /** The job would book penalties now (policy, settings and decision allow it). */
  active: z.boolean(),
});

export const getPenaltySettingsContract = defineContract({
  id: "payments.getPenaltySettings",
  group: "admin",
  method: "get",
  path,
  summary: "The penalty policy of the country profile and the association's recorded decision",
  access: { kind: "action", action: "payments.read" },
  params: associationParams,
  response: z.object({ policy: policySchema, settings: settingsSchema }),
});

export const putPenaltySettingsContract = defineContract({
  id: "payments.putPenaltySettings",
  group: "admin",
  method: "put",
  path,
  summary: "Records the assembly's penalty decision (rate capped by law) or turns penalties off",
  access: { kind: "action", action: "payments.settings" },
  params: associationParams,
  body: z.object({ enabled: z.boolean(), decision: decisionBody.optional() }).strict(),
  response: z.object({ policy: policySchema, settings: settingsSchema }),
});
