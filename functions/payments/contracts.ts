import { z } from "zod";
import { defineContract } from "../platform/http/contract";
import { associationParams, currencySchema, idSchema, minorSchema, unitParams } from "../platform/model/schemas";
import { amountTextSchema, isoDateSchema, openDebtSchema, paymentSchema } from "./schemas";

const base = "/api/admin/associations/{associationId}";
const read = { kind: "action", action: "payments.read" } as const;
const write = { kind: "action", action: "payments.write" } as const;

export const recordPaymentBody = z
  .object({
    /** Client-chosen key: the same key never records two payments (double clicks, retries). */
    idempotencyKey: idSchema,
    unitId: idSchema,
    amount: amountTextSchema,
    date: isoDateSchema,
    method: z.enum(["cash", "transfer"]),
    receiptNumber: z.string().min(1).max(40).optional(),
    payerName: z.string().max(120).optional(),
    note: z.string().max(300).optional(),
  })
  .strict();

export const recordPaymentContract = defineContract({
  id: "payments.record",
  group: "admin",
  method: "post",
  path: `${base}/payments`,
  summary: "Records a payment by hand (cash with receipt number, bank transfer), allocated to the owner's debts",
  access: write,
  params: associationParams,
  body: recordPaymentBody,
  response: z.object({ payment: paymentSchema, created: z.boolean() }),
  status: 201,
});

export const listPaymentsContract = defineContract({
  id: "payments.list",
  group: "admin",
  method: "get",
  path: `${base}/payments`,
  summary: "Payments recorded in the association, newest first",
  access: read,
  params: associationParams,
  query: z.object({ unitId: idSchema.optional() }).strict(),
  response: z.object({ currency: currencySchema, payments: z.array(paymentSchema) }),
});

export const reversePaymentContract = defineContract({
  id: "payments.reverse",
  group: "admin",
  method: "post",
  path: `${base}/payments/{paymentId}/reversal`,
  summary: "Reverses a payment with new entries (never an edit); idempotent",
  access: write,
  params: z.object({ associationId: idSchema, paymentId: idSchema }).strict(),
  body: z.object({ reason: z.string().min(1).max(200), date: isoDateSchema.optional() }).strict(),
  response: z.object({ paymentId: z.string(), reversed: z.boolean() }),
});

export const unitDebtsContract = defineContract({
  id: "payments.unitDebts",
  group: "admin",
  method: "get",
  path: `${base}/units/{unitId}/open-debts`,
  summary: "Open debts and credit of a unit, oldest first (what a payment will be allocated to)",
  access: read,
  params: unitParams,
  response: z.object({
    currency: currencySchema,
    debts: z.array(openDebtSchema),
    creditMinor: minorSchema,
    totalMinor: minorSchema,
  }),
});
