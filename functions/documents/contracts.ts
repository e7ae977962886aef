import { z } from "zod";
import { paymentListRecordSchema, periodSchema } from "../billing/schemas";
import { defineContract } from "../platform/http/contract";
import { idSchema, unitParams } from "../platform/model/schemas";

export const paymentListFile = defineContract({
  id: "documents.paymentList",
  group: "files",
  method: "get",
  path: "/api/files/associations/{associationId}/billing/{period}/payment-list",
  summary:
    "The monthly payment list (PDF for the notice board, or CSV) with posting date, due date and per-service columns; a published period's list is served as stored once",
  access: { kind: "action", action: "billing.read" },
  params: z.object({ associationId: idSchema, period: periodSchema }).strict(),
  query: z.object({ format: z.enum(["pdf", "csv"]).default("pdf") }).strict(),
  response: z.string(),
  produces: "application/pdf",
});

export const paymentListRecordContract = defineContract({
  id: "documents.paymentListRecord",
  group: "files",
  method: "get",
  path: "/api/files/associations/{associationId}/billing/{period}/payment-list/record",
  summary:
    "The stored payment list of a published period: when it was published and stored, SHA-256 and size of the PDF and CSV (stored on first request)",
  access: { kind: "action", action: "billing.read" },
  params: z.object({ associationId: idSchema, period: periodSchema }).strict(),
  response: paymentListRecordSchema.extend({
    period: periodSchema,
    publishedAt: z.string().optional(),
    postedOn: z.string().optional(),
    dueDate: z.string().optional(),
  }),
});

export const receiptFile = defineContract({
  id: "documents.receipt",
  group: "files",
  method: "get",
  path: "/api/files/associations/{associationId}/units/{unitId}/receipt",
  summary: "A unit's statement for a period (default: the latest) with a payment QR in the association's standard",
  access: { kind: "action", action: "account.read" },
  params: unitParams,
  query: z.object({ period: periodSchema.optional() }).strict(),
  response: z.string(),
  produces: "application/pdf",
});
