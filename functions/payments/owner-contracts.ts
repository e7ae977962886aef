import { z } from "zod";
import { defineContract } from "../platform/http/contract";
import { currencySchema, minorSchema, unitParams } from "../platform/model/schemas";

export const ownerPaymentsContract = defineContract({
  id: "owner.payments",
  group: "owner",
  method: "get",
  path: "/api/owner/associations/{associationId}/units/{unitId}/payments",
  summary: "The owner's payments (from the ledger) and imported transfers not yet matched that look like theirs",
  access: { kind: "action", action: "account.read" },
  params: unitParams,
  response: z.object({
    currency: currencySchema,
    payments: z.array(
      z.object({
        paymentId: z.string(),
        date: z.string(),
        amountMinor: minorSchema,
        description: z.string(),
        reversed: z.boolean(),
      }),
    ),
    /** Card money that went back: refunds and lost disputes, each undoing (part of) a payment. */
    returns: z.array(
      z.object({
        returnId: z.string(),
        paymentId: z.string(),
        kind: z.enum(["refund", "chargeback"]),
        date: z.string(),
        amountMinor: minorSchema,
        description: z.string(),
      }),
    ),
    pendingTransfers: z.array(z.object({ date: z.string(), amountMinor: minorSchema, reference: z.string() })),
    openMinor: minorSchema,
    creditMinor: minorSchema,
  }),
});
