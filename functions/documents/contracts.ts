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
  alsoProduces: ["text/csv"],
});

const paymentListRecordResponse = paymentListRecordSchema.extend({
  period: periodSchema,
  publishedAt: z.string().optional(),
  postedOn: z.string().optional(),
  dueDate: z.string().optional(),
});

export const paymentListRecordContract = defineContract({
  id: "documents.paymentListRecord",
  group: "files",
  method: "get",
  path: "/api/files/associations/{associationId}/billing/{period}/payment-list/record",
  summary:
    "The stored payment list of a published period: when it was published and stored, SHA-256 and size of the PDF and CSV (404 documents.list_not_stored until it is stored; reading stores nothing)",
  access: { kind: "action", action: "billing.read" },
  params: z.object({ associationId: idSchema, period: periodSchema }).strict(),
  response: paymentListRecordResponse,
  // A period drafted but not published yet.
  errors: [409],
});

// Whoever may read the list may have it stored: what is stored is fixed by the published
// entries, so storing it decides nothing; it is a POST only because it writes.
export const storePaymentListRecordContract = defineContract({
  id: "documents.storePaymentListRecord",
  group: "files",
  method: "post",
  path: "/api/files/associations/{associationId}/billing/{period}/payment-list/record",
  summary:
    "Stores the payment list of a published period (PDF and CSV under their SHA-256), exactly once, and answers its record; again, the record as stored",
  access: { kind: "action", action: "billing.read" },
  params: z.object({ associationId: idSchema, period: periodSchema }).strict(),
  response: paymentListRecordResponse,
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
