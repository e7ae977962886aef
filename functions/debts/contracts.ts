import { z } from "zod";
import { defineContract } from "../platform/http/contract";
import { associationParams, currencySchema, minorSchema, unitParams } from "../platform/model/schemas";

const base = "/api/admin/associations/{associationId}";
const read = { kind: "action", action: "debts.read" } as const;
const write = { kind: "action", action: "debts.write" } as const;
const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "payment.date_invalid");
const asOfQuery = z.object({ asOf: dateSchema.optional() }).strict();

export const caseStatusSchema = z.enum(["notice_sent", "payment_plan", "court", "enforcement", "closed"]);
const agingSchema = z.object({ d0_30: minorSchema, d31_60: minorSchema, d61_90: minorSchema, d90plus: minorSchema });

const debtorSchema = z.object({
  unitId: z.string(),
  number: z.string(),
  owners: z.array(z.string()),
  aging: agingSchema,
  overdueMinor: minorSchema,
  penaltyMinor: minorSchema,
  notDueMinor: minorSchema,
  oldestDueDate: z.string().optional(),
  daysPastDue: z.number().int(),
  caseStatus: caseStatusSchema.optional(),
});

export const debtorsContract = defineContract({
  id: "debts.debtors",
  group: "admin",
  method: "get",
  path: `${base}/debtors`,
  summary: "Units with overdue money, aged 0–30, 31–60, 61–90 and 90+ days past due, with totals",
  access: read,
  params: associationParams,
  query: asOfQuery,
  response: z.object({
    asOf: z.string(),
    currency: currencySchema,
    debtors: z.array(debtorSchema),
    totals: z.object({
      aging: agingSchema,
      overdueMinor: minorSchema,
      penaltyMinor: minorSchema,
      debtors: z.number().int(),
    }),
  }),
});

export const debtHistoryContract = defineContract({
  id: "debts.history",
  group: "admin",
  method: "get",
  path: `${base}/units/{unitId}/debt-history`,
  summary: "A unit's charges, payments and penalties with the running balance, and its aging",
  access: read,
  params: unitParams,
  query: asOfQuery,
  response: z.object({
    currency: currencySchema,
    asOf: z.string(),
    history: z.array(
      z.object({
        date: z.string(),
        period: z.string(),
        kind: z.string(),
        fund: z.string(),
        description: z.string(),
        amountMinor: minorSchema,
        balanceMinor: minorSchema,
      }),
    ),
    aging: agingSchema,
    overdueMinor: minorSchema,
    penaltyMinor: minorSchema,
    notDueMinor: minorSchema,
    oldestDueDate: z.string().optional(),
    daysPastDue: z.number().int(),
    creditMinor: minorSchema,
  }),
});

export const caseSchema = z.object({
  caseId: z.string(),
  unitId: z.string(),
  status: caseStatusSchema,
  openedOn: z.string(),
  updatedAt: z.string(),
  notes: z.array(
    z.object({
      date: z.string(),
      text: z.string(),
      status: caseStatusSchema.optional(),
      by: z.string(),
      at: z.string(),
    }),
  ),
  documents: z.array(
    z.object({
      documentId: z.string(),
      name: z.string(),
      contentType: z.string(),
      sizeBytes: z.number().int(),
      uploadedBy: z.string(),
      uploadedAt: z.string(),
    }),
  ),
});

export const listCasesContract = defineContract({
  id: "debts.listCases",
  group: "admin",
  method: "get",
  path: `${base}/debt-cases`,
  summary: "Debt-collection cases of the association with their dated notes and documents",
  access: read,
  params: associationParams,
  response: z.object({ cases: z.array(caseSchema) }),
});

export const addCaseNoteContract = defineContract({
  id: "debts.addCaseNote",
  group: "admin",
  method: "post",
  path: `${base}/units/{unitId}/debt-case/notes`,
  summary: "Adds a dated note to a unit's debt-collection case, optionally changing its status (opens the case)",
  access: write,
  params: unitParams,
  body: z.object({ date: dateSchema, text: z.string().min(1).max(2000), status: caseStatusSchema.optional() }).strict(),
  response: z.object({ case: caseSchema }),
  status: 201,
});

export const debtorsFile = defineContract({
  id: "debts.exportDebtors",
  group: "files",
  method: "get",
  path: "/api/files/associations/{associationId}/debtors",
  summary: "The debtors list with aging buckets as CSV or XLSX",
  access: read,
  params: associationParams,
  query: z.object({ format: z.enum(["csv", "xlsx"]).default("csv"), asOf: dateSchema.optional() }).strict(),
  response: z.string(),
  produces: "text/csv",
  alsoProduces: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
});
