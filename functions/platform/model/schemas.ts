import { z } from "zod";

/** Small schemas shared by many contracts. Pure zod. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "invalid_id");

export const locales = ["en", "ro", "pl", "ru", "uk"] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;

export const currencySchema = z.enum(["RON", "PLN", "RUB", "EUR", "UAH"]);
export type Currency = z.infer<typeof currencySchema>;

export const countrySchema = z.enum(["RO", "PL", "RU", "GENERIC"]);
export type Country = z.infer<typeof countrySchema>;

export const roleSchema = z.enum([
  "owner",
  "coowner",
  "resident",
  "board",
  "chairman",
  "accountant",
  "auditor",
  "administrator",
]);
export type Role = z.infer<typeof roleSchema>;

/** Money in integer minor units (bani, grosze, kopecks). Never a float. */
export const minorSchema = z.number().int().safe();

export const associationParams = z.object({ associationId: idSchema }).strict();
export const unitParams = z.object({ associationId: idSchema, unitId: idSchema }).strict();
export const okSchema = z.object({ ok: z.literal(true) });
