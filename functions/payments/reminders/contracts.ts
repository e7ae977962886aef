import { z } from "zod";
import { defineContract } from "../../platform/http/contract";
import { associationParams, countrySchema, localeSchema, unitParams } from "../../platform/model/schemas";

const stageSchema = z.enum(["before", "first", "second", "notice"]);
const days = z.number().int().min(0).max(365);

export const reminderSettingsBody = z
  .object({
    enabled: z.boolean(),
    daysBeforeDue: z.number().int().min(0).max(30),
    firstAfterDays: days,
    secondAfterDays: days,
    noticeAfterDays: days,
    /** The association's own paragraph for a stage in one language (the default text otherwise). */
    wording: z
      .array(z.object({ stage: stageSchema, locale: localeSchema, text: z.string().min(1).max(2000) }).strict())
      .max(20),
  })
  .strict();

const settingsAnswer = z.object({
  country: countrySchema,
  /** False while the association uses its country's defaults. */
  stored: z.boolean(),
  settings: reminderSettingsBody.extend({ updatedAt: z.string().optional() }),
});

const path = "/api/admin/associations/{associationId}/reminder-settings";

export const getReminderSettingsContract = defineContract({
  id: "payments.getReminderSettings",
  group: "admin",
  method: "get",
  path,
  summary: "The reminder schedule (days before/after the due date) and wording; country defaults until saved",
  access: { kind: "action", action: "payments.read" },
  params: associationParams,
  response: settingsAnswer,
});

export const putReminderSettingsContract = defineContract({
  id: "payments.putReminderSettings",
  group: "admin",
  method: "put",
  path,
  summary: "Saves the reminder schedule and wording of the association",
  access: { kind: "action", action: "payments.settings" },
  params: associationParams,
  body: reminderSettingsBody,
  response: settingsAnswer,
});

export const formalNoticeFile = defineContract({
  id: "documents.formalNotice",
  group: "files",
  method: "get",
  path: "/api/files/associations/{associationId}/units/{unitId}/formal-notice",
  summary: "The formal notice to pay (PDF letter) listing a unit's overdue debts, in the owner's language",
  access: { kind: "action", action: "account.read" },
  params: unitParams,
  query: z
    .object({
      period: z
        .string()
        .regex(/^\d{4}-\d{2}$/)
        .optional(),
    })
    .strict(),
  response: z.string(),
  produces: "application/pdf",
});
