import { z } from "zod";
import { decisionSchema, explanationSchema, periodSchema, sourceSchema } from "../billing/schemas";
import { defineContract } from "../platform/http/contract";
import { currencySchema, minorSchema, unitParams } from "../platform/model/schemas";
import { entryKindSchema, fundSchema } from "./contracts";

const base = "/api/owner/associations/{associationId}/units/{unitId}";
const access = { kind: "action", action: "account.read" } as const;

const penaltyRunSchema = z.object({
  from: z.string(),
  to: z.string(),
  days: z.number().int(),
  baseMinor: minorSchema,
  /** Daily rate as a decimal fraction ("0.0020000000" is 0.2 % a day). */
  dailyRate: z.string(),
  amountMinor: minorSchema,
});

/** The daily penalties of one debt and period, shown as one line; `daily` keeps each day's entry. */
export const penaltyGroupSchema = z.object({
  debtId: z.string(),
  debtName: z.string().optional(),
  debtPeriod: z.string().optional(),
  dueDate: z.string().optional(),
  from: z.string(),
  to: z.string(),
  days: z.number().int(),
  capped: z.boolean(),
  /** Consecutive days with the same base and rate. */
  runs: z.array(penaltyRunSchema),
  daily: z.array(
    z.object({
      entryId: z.string(),
      date: z.string(),
      dayAfterDue: z.number().int(),
      baseMinor: minorSchema,
      dailyRate: z.string(),
      amountMinor: minorSchema,
      capped: z.boolean(),
    }),
  ),
});

export const explainedEntrySchema = z.object({
  entryId: z.string(),
  date: z.string(),
  period: z.string(),
  kind: entryKindSchema,
  fund: fundSchema,
  name: z.string(),
  amountMinor: minorSchema,
  explanation: explanationSchema.optional(),
  source: sourceSchema.optional(),
  decision: decisionSchema.optional(),
  dueDate: z.string().optional(),
  /** Present on a grouped penalty line (then `name` is its title in the caller's language). */
  penalty: penaltyGroupSchema.optional(),
  /** The line as one sentence in the caller's language (also used on PDFs). */
  text: z.string(),
});

const runningSchema = explainedEntrySchema.extend({ balanceAfterMinor: minorSchema });

export const ownerCharges = defineContract({
  id: "owner.charges",
  group: "owner",
  method: "get",
  path: `${base}/charges`,
  summary:
    "The charges of a period (default: the latest billed) with their explanations; daily penalties grouped per debt",
  access,
  params: unitParams,
  query: z.object({ period: periodSchema.optional() }).strict(),
  response: z.object({
    period: z.string().optional(),
    currency: currencySchema,
    dueDate: z.string().optional(),
    totalMinor: minorSchema,
    lines: z.array(explainedEntrySchema),
  }),
});

export const ownerLedger = defineContract({
  id: "owner.ledger",
  group: "owner",
  method: "get",
  path: `${base}/ledger`,
  summary:
    "Ledger history with the running balance, newest first, paged; a stretch of daily penalties per debt as one row",
  access,
  params: unitParams,
  query: z
    .object({
      cursor: z.coerce.number().int().min(0).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    })
    .strict(),
  response: z.object({
    currency: currencySchema,
    balanceMinor: minorSchema,
    entries: z.array(runningSchema),
    next: z.number().int().optional(),
  }),
});

export const ownerYears = defineContract({
  id: "owner.years",
  group: "owner",
  method: "get",
  path: `${base}/years`,
  summary:
    "Summaries of previous years: charges, payments, adjustments, penalties, closing balance; and the last billed month",
  access,
  params: unitParams,
  response: z.object({
    currency: currencySchema,
    /** The latest month a published bill charged (absent before the first bill): the default receipt month. */
    lastBilledPeriod: z.string().optional(),
    years: z.array(
      z.object({
        year: z.string(),
        chargesMinor: minorSchema,
        paymentsMinor: minorSchema,
        adjustmentsMinor: minorSchema,
        penaltiesMinor: minorSchema,
        closingBalanceMinor: minorSchema,
      }),
    ),
  }),
});

export const ownerStatement = defineContract({
  id: "owner.statement",
  group: "owner",
  method: "get",
  path: `${base}/statement`,
  summary: "Statement for any range of periods: opening balance, entries, closing balance",
  access,
  params: unitParams,
  query: z.object({ from: periodSchema, to: periodSchema }).strict(),
  response: z.object({
    currency: currencySchema,
    from: z.string(),
    to: z.string(),
    openingBalanceMinor: minorSchema,
    closingBalanceMinor: minorSchema,
    entries: z.array(runningSchema),
  }),
});
