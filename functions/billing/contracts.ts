import { z } from "zod";
import { defineContract } from "../platform/http/contract";
import { associationParams, currencySchema, idSchema, minorSchema, okSchema } from "../platform/model/schemas";
import {
  billLineSchema,
  chargeFundSchema,
  decisionSchema,
  paymentListRecordSchema,
  periodSchema,
  uomSchema,
} from "./schemas";

const base = "/api/admin/associations/{associationId}";
const read = { kind: "action", action: "billing.read" } as const;
const write = { kind: "action", action: "billing.write" } as const;
const periodParams = z.object({ associationId: idSchema, period: periodSchema }).strict();
const ruleParams = z.object({ associationId: idSchema, ruleId: idSchema }).strict();
const ids = z.array(idSchema).max(2000);

export const ruleBody = z
  .object({
    name: z.string().min(1).max(80),
    chargeType: z.string().max(40).optional(),
    method: z.enum([
      "fixed",
      "rate_area",
      "rate_person",
      "rate_consumption",
      "split_equal",
      "split_share",
      "split_area",
      "split_persons",
    ]),
    amount: z.string().min(1).max(20),
    fund: chargeFundSchema.default("maintenance"),
    meter: idSchema.optional(),
    uom: uomSchema.optional(),
    exempt: ids.default([]),
    beneficiaries: ids.optional(),
    decision: decisionSchema.optional(),
    validFrom: periodSchema,
    validTo: periodSchema.optional(),
  })
  .strict();
/** A rule as stored: its body, id and the saved version in force (absent before history was kept). */
export const ruleSchema = ruleBody.extend({ ruleId: idSchema, version: z.number().int().optional() });

export const listRulesContract = defineContract({
  id: "billing.listRules",
  group: "admin",
  method: "get",
  path: `${base}/charge-rules`,
  summary: "Charge rules of the association (effective-dated)",
  access: read,
  params: associationParams,
  response: z.object({ rules: z.array(ruleSchema) }),
});
export const putRuleContract = defineContract({
  id: "billing.putRule",
  group: "admin",
  method: "put",
  path: `${base}/charge-rules/{ruleId}`,
  summary: "Creates or replaces a charge rule (validated by computing it against the registry)",
  access: write,
  params: ruleParams,
  body: ruleBody,
  response: ruleSchema,
});
export const deleteRuleContract = defineContract({
  id: "billing.deleteRule",
  group: "admin",
  method: "delete",
  path: `${base}/charge-rules/{ruleId}`,
  summary: "Deletes a rule never billed in a published period",
  access: write,
  params: ruleParams,
  response: okSchema,
});

export const distributionSchema = z
  .object({
    key: z.enum(["equal", "share", "area", "persons", "consumption", "beneficiaries"]),
    beneficiaries: ids.optional(),
    exempt: ids.optional(),
    meter: idSchema.optional(),
    uom: uomSchema.optional(),
    buildingConsumption: z.string().max(20).optional(),
    differenceKey: z.enum(["persons", "share", "area", "equal"]).optional(),
  })
  .strict();

export const invoiceBody = z
  .object({
    period: periodSchema,
    supplier: z.string().min(1).max(80),
    number: z.string().min(1).max(40),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** Decimal string in the association currency ("1234.50"); converted to minor units, never a float. */
    amount: z.string().min(1).max(20),
    currency: currencySchema,
    name: z.string().min(1).max(80),
    fund: chargeFundSchema.default("maintenance"),
    distribution: distributionSchema,
    consumption: z.record(idSchema, z.string().max(20)).optional(),
    decision: decisionSchema.optional(),
  })
  .strict();
export const invoiceSchema = invoiceBody
  .omit({ amount: true })
  .extend({ invoiceId: idSchema, amountMinor: minorSchema });

const previewSchema = z.object({
  totalMinor: minorSchema,
  allocatedMinor: minorSchema,
  lines: z.array(billLineSchema.extend({ unitNumber: z.string() })),
});

export const listInvoicesContract = defineContract({
  id: "billing.listInvoices",
  group: "admin",
  method: "get",
  path: `${base}/invoices`,
  summary: "Supplier invoices of a period",
  access: read,
  params: associationParams,
  query: z.object({ period: periodSchema }).strict(),
  response: z.object({ invoices: z.array(invoiceSchema) }),
});
export const createInvoiceContract = defineContract({
  id: "billing.createInvoice",
  group: "admin",
  method: "post",
  path: `${base}/invoices`,
  summary: "Enters a supplier invoice for an open period (validated by allocating it)",
  access: write,
  params: associationParams,
  body: invoiceBody,
  response: invoiceSchema,
  status: 201,
});
export const deleteInvoiceContract = defineContract({
  id: "billing.deleteInvoice",
  group: "admin",
  method: "delete",
  path: `${base}/invoices/{period}/{invoiceId}`,
  summary: "Deletes an invoice of an open period",
  access: write,
  params: z.object({ associationId: idSchema, period: periodSchema, invoiceId: idSchema }).strict(),
  response: okSchema,
});
export const previewInvoiceContract = defineContract({
  id: "billing.previewInvoice",
  group: "admin",
  method: "post",
  path: `${base}/invoices/preview`,
  summary: "Allocation preview of an invoice: per-unit amounts and explanations, nothing written",
  access: write,
  params: associationParams,
  body: invoiceBody,
  response: previewSchema,
});

export const runSchema = z.object({
  period: periodSchema,
  status: z.enum(["draft", "publishing", "published"]),
  draftedAt: z.string(),
  postedOn: z.string().optional(),
  dueDate: z.string().optional(),
  publishedAt: z.string().optional(),
  /** The published payment list as stored, once it has been rendered (see documents.paymentListRecord). */
  paymentList: paymentListRecordSchema.optional(),
  totalMinor: minorSchema,
  unitCount: z.number().int(),
  lineCount: z.number().int(),
});

export const listRunsContract = defineContract({
  id: "billing.listRuns",
  group: "admin",
  method: "get",
  path: `${base}/billing`,
  summary: "Billing runs of the association",
  access: read,
  params: associationParams,
  response: z.object({ runs: z.array(runSchema) }),
});
export const draftContract = defineContract({
  id: "billing.draft",
  group: "admin",
  method: "post",
  path: `${base}/billing/{period}/draft`,
  summary: "Computes (or recomputes) the draft payment list of an open period; idempotent",
  access: write,
  params: periodParams,
  response: runSchema.extend({ written: z.boolean() }),
});

const columnSchema = z.object({
  entryId: z.string(),
  name: z.string(),
  fund: z.string(),
  totalMinor: minorSchema,
  previousMinor: minorSchema.optional(),
});
export const reviewContract = defineContract({
  id: "billing.review",
  group: "admin",
  method: "get",
  path: `${base}/billing/{period}`,
  summary: "The whole payment list per unit and per charge, totals and differences against last month",
  access: read,
  params: periodParams,
  response: z.object({
    run: runSchema,
    currency: currencySchema,
    /** True when rules, invoices or units changed since the draft: draft again before publishing. */
    stale: z.boolean(),
    charges: z.array(columnSchema),
    units: z.array(
      z.object({
        unitId: idSchema,
        number: z.string(),
        totalMinor: minorSchema,
        previousMinor: minorSchema.optional(),
        differenceMinor: minorSchema.optional(),
        lines: z.array(billLineSchema),
      }),
    ),
    totalMinor: minorSchema,
    previousTotalMinor: minorSchema.optional(),
  }),
});
export const publishContract = defineContract({
  id: "billing.publish",
  group: "admin",
  method: "post",
  path: `${base}/billing/{period}/publish`,
  summary: "Publishes the reviewed draft: posts every charge exactly once and closes the period",
  access: { kind: "action", action: "billing.publish" },
  params: periodParams,
  response: z.object({
    period: periodSchema,
    status: z.literal("published"),
    postedOn: z.string(),
    dueDate: z.string(),
    accounts: z.number().int(),
    postedAccounts: z.number().int(),
    transactions: z.number().int(),
  }),
});
export const adjustContract = defineContract({
  id: "billing.adjust",
  group: "admin",
  method: "post",
  path: `${base}/billing/{period}/adjustments`,
  summary: "A correction to a published period: a new entry with a reason (idempotent by adjustmentId)",
  access: { kind: "action", action: "billing.adjust" },
  params: periodParams,
  body: z
    .object({
      adjustmentId: idSchema,
      unitId: idSchema,
      fund: chargeFundSchema,
      amount: z.string().min(1).max(20),
      reason: z.string().min(3).max(200),
    })
    .strict(),
  response: z.object({ entryId: z.string(), amountMinor: minorSchema, posted: z.boolean() }),
  status: 201,
});
