import { z } from "zod";
import { periodSchema } from "../billing/schemas";
import { defineContract } from "../platform/http/contract";
import { idSchema, unitParams } from "../platform/model/schemas";

export const paymentListFile = defineContract({
  id: "documents.paymentList",
  group: "files",
  method: "get",
  path: "/api/files/associations/{associationId}/billing/{period}/payment-list",
  summary:
    "The monthly payment list (PDF for the notice board, or CSV) with posting date, due date and per-service columns",
  access: { kind: "action", action: "billing.read" },
  params: z.object({ associationId: idSchema, period: periodSchema }).strict(),
  query: z.object({ format: z.enum(["pdf", "csv"]).default("pdf") }).strict(),
  response: z.string(),
  produces: "application/pdf",
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
