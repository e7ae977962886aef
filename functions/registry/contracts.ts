import { z } from "zod";
import { defineContract } from "../platform/http/contract";
import {
  associationParams,
  countrySchema,
  currencySchema,
  idSchema,
  localeSchema,
  okSchema,
  unitParams,
} from "../platform/model/schemas";

const read = { kind: "action", action: "registry.read" } as const;
const write = { kind: "action", action: "registry.write" } as const;
const base = "/api/admin/associations/{associationId}";

export const dueRuleSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("days_after_posting"), days: z.number().int() }).strict(),
  z.object({ kind: z.literal("day_of_month"), day: z.number().int(), monthOffset: z.number().int() }).strict(),
]);

const bankSchema = z
  .object({
    iban: z.string().min(1).max(40),
    bankName: z.string().min(1).max(80),
    bic: z.string().max(11).optional(),
    correspAccount: z.string().max(20).optional(),
  })
  .strict();

export const profileFields = {
  name: z.string().min(1).max(120),
  legalName: z.string().min(1).max(200),
  fiscalCode: z.string().min(1).max(20),
  address: z.string().min(1).max(200),
  country: countrySchema,
  currency: currencySchema,
  locale: localeSchema,
  timezone: z.string().min(1).max(64),
  bankAccounts: z.array(bankSchema).min(1).max(5),
  billingDay: z.number().int(),
  dueDays: z.number().int().min(1).max(90),
  dueRule: dueRuleSchema.optional(),
  boardSeesAccounts: z.boolean(),
  buildings: z
    .array(z.object({ code: z.string().min(1).max(16), staircases: z.array(z.string().max(8)).max(20) }).strict())
    .max(50)
    .optional(),
};

export const profileSchema = z.object({ associationId: idSchema, ...profileFields });

export const getProfile = defineContract({
  id: "registry.getProfile",
  group: "admin",
  method: "get",
  path: `${base}/profile`,
  summary: "The association profile with its effective due-date rule and receipt QR standard",
  access: read,
  params: associationParams,
  response: profileSchema.extend({
    effective: z.object({
      dueRule: dueRuleSchema,
      qrStandard: z.string(),
      maxDueDaysAfterPosting: z.number().optional(),
    }),
  }),
});

export const updateProfile = defineContract({
  id: "registry.updateProfile",
  group: "admin",
  method: "patch",
  path: `${base}/profile`,
  summary: "Updates the association profile; the due-date rule must stay within the country's legal limits",
  access: write,
  params: associationParams,
  body: z.object(profileFields).partial().strict(),
  response: profileSchema,
});

const personsSchema = z.array(
  z.object({ count: z.number().int(), from: z.string(), to: z.string().optional() }).strict(),
);

export const unitBody = z
  .object({
    number: z.string().min(1).max(16),
    building: z.string().max(16).default(""),
    staircase: z.string().max(8).default(""),
    type: z.enum(["apartment", "commercial", "parking"]),
    floor: z.number().int(),
    area: z.string().min(1).max(16),
    sharePpm: z.number().int(),
    persons: personsSchema.max(24),
    paymentReference: z.string().min(1).max(35),
  })
  .strict();

export const unitSchema = unitBody.extend({ unitId: idSchema });

export const listUnitsContract = defineContract({
  id: "registry.listUnits",
  group: "admin",
  method: "get",
  path: `${base}/units`,
  summary: "Every unit with the total of shares (must be 1,000,000 ppm before billing by share)",
  access: read,
  params: associationParams,
  response: z.object({ units: z.array(unitSchema), sharesTotalPpm: z.number().int(), sharesComplete: z.boolean() }),
});

export const putUnitContract = defineContract({
  id: "registry.putUnit",
  group: "admin",
  method: "put",
  path: `${base}/units/{unitId}`,
  summary: "Creates or replaces a unit (opens its personal account when new)",
  access: write,
  params: unitParams,
  body: unitBody,
  response: unitSchema,
});

export const deleteUnitContract = defineContract({
  id: "registry.deleteUnit",
  group: "admin",
  method: "delete",
  path: `${base}/units/{unitId}`,
  summary: "Deletes a unit that has no ledger entries yet",
  access: write,
  params: unitParams,
  response: okSchema,
});

const ownerSchema = z
  .object({
    name: z.string().min(1).max(120),
    sharePpm: z.number().int().min(1).max(1_000_000),
    email: z.email().max(200).optional(),
    phone: z.string().max(40).optional(),
  })
  .strict();

export const getOwnersContract = defineContract({
  id: "registry.getOwners",
  group: "admin",
  method: "get",
  path: `${base}/units/{unitId}/owners`,
  summary: "Owners and co-owners of a unit with their ownership shares (sealed under the account key)",
  access: { kind: "action", action: "account.read" },
  params: unitParams,
  response: z.object({ owners: z.array(ownerSchema) }),
});

export const putOwnersContract = defineContract({
  id: "registry.putOwners",
  group: "admin",
  method: "put",
  path: `${base}/units/{unitId}/owners`,
  summary: "Replaces the owners of a unit; ownership shares must sum to 1,000,000 ppm",
  access: write,
  params: unitParams,
  body: z.object({ owners: z.array(ownerSchema).min(1).max(10) }).strict(),
  response: z.object({ owners: z.array(ownerSchema) }),
});

export const importUnitsContract = defineContract({
  id: "registry.importUnits",
  group: "admin",
  method: "post",
  path: `${base}/units/import`,
  summary: "Imports units from CSV text or base64 XLSX, all-or-nothing with row-level errors (`rows.<row>.<column>`)",
  access: write,
  params: associationParams,
  body: z
    .object({
      format: z.enum(["csv", "xlsx"]),
      content: z.string().min(1).max(240_000),
      /** Validate only, write nothing. */
      dryRun: z.boolean().default(false),
    })
    .strict(),
  response: z.object({ created: z.number().int(), updated: z.number().int(), sharesComputedFromArea: z.boolean() }),
});

export const exportUnitsContract = defineContract({
  id: "registry.exportUnits",
  group: "files",
  method: "get",
  path: "/api/files/associations/{associationId}/units/export",
  summary: "The unit registry as CSV or XLSX (same columns as the import)",
  access: read,
  params: associationParams,
  query: z.object({ format: z.enum(["csv", "xlsx"]).default("csv") }).strict(),
  response: z.string(),
  produces: "text/csv",
  alsoProduces: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
});
