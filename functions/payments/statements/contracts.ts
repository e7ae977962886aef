import { z } from "zod";
import { defineContract } from "../../platform/http/contract";
import { associationParams, currencySchema, idSchema, minorSchema } from "../../platform/model/schemas";

const base = "/api/admin/associations/{associationId}/bank-statements";
const read = { kind: "action", action: "payments.read" } as const;
const write = { kind: "action", action: "payments.write" } as const;

export const csvMappingSchema = z
  .object({
    delimiter: z.enum([",", ";", "\t"]),
    date: z.string().min(1).max(60),
    dateFormat: z.enum(["YYYY-MM-DD", "DD.MM.YYYY", "DD/MM/YYYY"]),
    amount: z.string().min(1).max(60),
    currency: z.string().max(60).optional(),
    defaultCurrency: currencySchema.optional(),
    reference: z.string().min(1).max(60),
    name: z.string().max(60).optional(),
    transactionId: z.string().max(60).optional(),
    /** The column holding the association's own account, when the export has one: checked on import. */
    account: z.string().max(60).optional(),
  })
  .strict();

export const statementLineSchema = z.object({
  lineId: z.string(),
  line: z.number().int(),
  bookingDate: z.string(),
  amountMinor: minorSchema,
  reference: z.string(),
  name: z.string(),
  status: z.enum(["matched", "suggested", "unmatched", "assigned", "ignored"]),
  unitId: z.string().optional(),
  suggestedUnitId: z.string().optional(),
  confidence: z.number(),
  reason: z.string(),
  paymentId: z.string().optional(),
});

export const importStatementContract = defineContract({
  id: "payments.importStatement",
  group: "admin",
  method: "post",
  path: base,
  summary: "Imports a camt.053, MT940 or CSV statement (all-or-nothing), matches and books the transfers",
  access: write,
  params: associationParams,
  body: z
    .object({
      format: z.enum(["camt053", "mt940", "csv"]),
      content: z.string().min(1).max(2_000_000),
      /** CSV only: the bank whose saved column mapping to use. */
      bank: idSchema.optional(),
    })
    .strict(),
  response: z.object({
    statementId: z.string(),
    lines: z.number().int(),
    alreadyImported: z.number().int(),
    matched: z.number().int(),
    suggested: z.number().int(),
    unmatched: z.number().int(),
    ignored: z.number().int(),
    booked: z.number().int(),
  }),
});

export const statementQueueContract = defineContract({
  id: "payments.statementQueue",
  group: "admin",
  method: "get",
  path: `${base}/lines`,
  summary: "Imported statement lines; by default the queue of transfers waiting for a person",
  access: read,
  params: associationParams,
  query: z.object({ all: z.enum(["true", "false"]).optional() }).strict(),
  response: z.object({ currency: currencySchema, lines: z.array(statementLineSchema) }),
});

export const assignLineContract = defineContract({
  id: "payments.assignLine",
  group: "admin",
  method: "post",
  path: `${base}/lines/{lineId}/assignment`,
  summary: "Confirms a suggestion or assigns a transfer to a unit, booking the payment once",
  access: write,
  params: z.object({ associationId: idSchema, lineId: idSchema }).strict(),
  body: z.object({ unitId: idSchema }).strict(),
  response: z.object({ lineId: z.string(), unitId: z.string(), paymentId: z.string(), created: z.boolean() }),
});

export const putCsvMappingContract = defineContract({
  id: "payments.putCsvMapping",
  group: "admin",
  method: "put",
  path: `${base}/csv-mappings/{bank}`,
  summary: "Saves the CSV column mapping of a bank",
  access: write,
  params: z.object({ associationId: idSchema, bank: idSchema }).strict(),
  body: csvMappingSchema,
  response: csvMappingSchema,
});

export const listCsvMappingsContract = defineContract({
  id: "payments.listCsvMappings",
  group: "admin",
  method: "get",
  path: `${base}/csv-mappings`,
  summary: "Saved CSV column mappings, per bank",
  access: read,
  params: associationParams,
  response: z.object({ mappings: z.array(z.object({ bank: z.string(), mapping: csvMappingSchema })) }),
});
