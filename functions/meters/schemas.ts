import { z } from "zod";
import { idSchema } from "../platform/model/schemas";
import { meterKinds } from "./model/types";

/** Shapes shared by the meters contracts. Pure zod: the web app type-checks against them. */
export const periodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "invalid_period");
export const dateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "invalid_date");

const registerSchema = z
  .object({
    code: z.string().min(1).max(16),
    digits: z.number().int().min(1).max(9),
    decimals: z.number().int().min(0).max(3),
  })
  .strict();

export const meterBody = z
  .object({
    /** Absent for a building meter. */
    unitId: idSchema.optional(),
    kind: z.enum(meterKinds),
    serial: z.string().min(1).max(40),
    location: z.string().max(80).default(""),
    registers: z.array(registerSchema).min(1).max(4),
    installedOn: dateSchema,
    verificationDue: dateSchema,
  })
  .strict();

export const meterSchema = meterBody.extend({
  meterId: idSchema,
  status: z.enum(["active", "retired"]),
  replaces: z.string().optional(),
  replacedBy: z.string().optional(),
  retiredIn: z.string().optional(),
});

/** Values are text so that a typed "12,5" or "abc" reaches the domain check and gets its own message. */
export const valuesSchema = z.array(z.string().min(1).max(20)).min(1).max(4);

export const readingInput = z
  .object({
    meterId: idSchema,
    values: valuesSchema,
    /** The person confirms an unusual consumption. */
    confirm: z.boolean().default(false),
    /** Object key returned by the photo upload URL. */
    photoKey: z.string().min(1).max(300).optional(),
  })
  .strict();

export const readingView = z.object({
  meterId: z.string(),
  period: z.string(),
  values: z.array(z.string()),
  consumption: z.array(z.string()),
  kind: z.enum(["regular", "initial", "final"]),
  source: z.enum(["owner", "admin", "import", "estimate", "replacement"]),
  estimated: z.boolean(),
  flagged: z.boolean(),
  enteredAt: z.string(),
  /** Person id of who entered it (`system` for estimates). */
  enteredBy: z.string(),
  hasPhoto: z.boolean(),
  /** Earlier versions kept by corrections. */
  versions: z.number().int(),
});

export const windowView = z.object({
  period: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  status: z.enum(["before", "open", "late", "closed"]),
  mode: z.enum(["strict", "lenient"]),
  ownerMayEnter: z.boolean(),
});

export const settingsSchema = z
  .object({
    fromDay: z.number().int().min(1).max(28),
    toDay: z.number().int().min(1).max(28),
    mode: z.enum(["strict", "lenient"]),
  })
  .strict();

export const meterReadingParams = z.object({ associationId: idSchema, unitId: idSchema, meterId: idSchema }).strict();
export const periodParams = z.object({ associationId: idSchema, period: periodSchema }).strict();
export const readingPhotoParams = z
  .object({ associationId: idSchema, period: periodSchema, meterId: idSchema })
  .strict();
