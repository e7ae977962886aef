import { z } from "zod";
import { idSchema, minorSchema } from "../platform/model/schemas";

/** Shared zod shapes of billing answers (admin review and owner pages use the same). Pure zod. */
export const periodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "billing.period_invalid");
export const chargeFundSchema = z.enum(["maintenance", "repair", "working_capital", "other"]);
export const decisionSchema = z
  .object({ number: z.string().min(1).max(40), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) })
  .strict();
export const uomSchema = z.enum(["unit", "share", "m2", "m3", "kwh", "gcal", "gj", "person"]);

export const partSchema = z.object({
  key: z.string(),
  component: z.enum(["own", "building_difference"]),
  quantity: z.string(),
  uom: z.string(),
  rate: z.string().optional(),
  rateIsDerived: z.boolean().optional(),
  pool: z.object({ totalMinor: minorSchema, totalQuantity: z.string() }).optional(),
  personDays: z.number().optional(),
  periodDays: z.number().optional(),
  buildingDifference: z.object({ quantity: z.string(), uom: z.string() }).optional(),
  amountMinor: minorSchema,
});

export const explanationSchema = z.object({
  method: z.string(),
  parts: z.array(partSchema),
  exempt: z.boolean().optional(),
  notBeneficiary: z.boolean().optional(),
  fund: z.object({ kind: z.string(), fundId: z.string().optional() }).optional(),
});

export const sourceSchema = z.object({
  kind: z.enum(["rule", "invoice"]),
  id: z.string(),
  name: z.string(),
  method: z.string().optional(),
  chargeType: z.string().optional(),
  /** The rule version the line was computed by. */
  version: z.number().int().optional(),
  supplier: z.string().optional(),
  invoiceNumber: z.string().optional(),
  invoiceDate: z.string().optional(),
  totalMinor: minorSchema.optional(),
});

/** One explained line of a bill: structured (the UI translates it) plus a server sentence in the caller's language. */
export const billLineSchema = z.object({
  unitId: idSchema,
  entryId: z.string(),
  name: z.string(),
  fund: z.string(),
  amountMinor: minorSchema,
  source: sourceSchema,
  explanation: explanationSchema,
  decision: decisionSchema.optional(),
  text: z.string(),
});

/** A stored file of the published payment list: its SHA-256 (hex) and size, the key stays internal. */
export const storedFileSchema = z.object({ sha256: z.string(), sizeBytes: z.number().int() });

/** The payment list of a published period as stored once (PDF and CSV), in the association's language. */
export const paymentListRecordSchema = z.object({
  storedAt: z.string(),
  locale: z.string(),
  pdf: storedFileSchema,
  csv: storedFileSchema,
});
