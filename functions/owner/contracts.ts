import { z } from "zod";
import { defineContract } from "../platform/http/contract";
import { currencySchema, idSchema, minorSchema, unitParams } from "../platform/model/schemas";

export const fundSchema = z.enum(["maintenance", "repair", "working_capital", "other", "penalties"]);
export const entryKindSchema = z.enum(["charge", "payment", "adjustment", "penalty"]);

export const ledgerLineSchema = z.object({
  entryId: idSchema,
  date: z.string(),
  period: z.string(),
  kind: entryKindSchema,
  fund: fundSchema,
  description: z.string(),
  /** Positive raises what the owner owes, negative lowers it. */
  amountMinor: minorSchema,
});

export const accountSummary = defineContract({
  id: "owner.accountSummary",
  group: "owner",
  method: "get",
  path: "/api/owner/associations/{associationId}/units/{unitId}/summary",
  summary: "Owner home: balance per fund and the latest entries of a personal account",
  access: { kind: "action", action: "account.read" },
  params: unitParams,
  response: z.object({
    associationId: idSchema,
    unitId: idSchema,
    unitNumber: z.string(),
    currency: currencySchema,
    /** What the owner owes per fund (negative = credit). */
    balances: z.array(z.object({ fund: fundSchema, balanceMinor: minorSchema })),
    totalMinor: minorSchema,
    recent: z.array(ledgerLineSchema),
  }),
});
