import { z } from "zod";
import { idSchema, minorSchema } from "../platform/model/schemas";

/** Shared zod shapes of the payments domain. Pure zod (the web imports the contracts). */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "payment.date_invalid");
/** A decimal amount as typed ("312.40"); converted to minor units, never through a float. */
export const amountTextSchema = z.string().min(1).max(20);
export const fundNameSchema = z.enum(["maintenance", "repair", "working_capital", "other", "penalties"]);

export const allocationSchema = z.object({
  kind: z.enum(["principal", "penalty", "credit"]),
  debtId: z.string().optional(),
  fund: z.string().optional(),
  amountMinor: minorSchema,
});

export const paymentSchema = z.object({
  paymentId: z.string(),
  unitId: idSchema,
  date: z.string(),
  method: z.enum(["cash", "transfer", "statement", "card"]),
  status: z.enum(["posted", "reversed"]),
  amountMinor: minorSchema,
  receiptNumber: z.string().optional(),
  payerName: z.string().optional(),
  reference: z.string().optional(),
  lineId: z.string().optional(),
  /** A card dispute of the payment: open, or closed as won or lost (a lost one is also reversed). */
  dispute: z.object({ state: z.enum(["open", "won", "lost"]), since: z.string() }).optional(),
  allocation: z.array(allocationSchema),
});

export const openDebtSchema = z.object({
  debtId: z.string(),
  fund: fundNameSchema,
  period: z.string(),
  dueDate: z.string(),
  name: z.string(),
  principalMinor: minorSchema,
  outstandingMinor: minorSchema,
  penaltyOutstandingMinor: minorSchema,
});
