import { z } from "zod";
import { defineContract } from "../platform/http/contract";
import { associationParams, idSchema } from "../platform/model/schemas";
import {
  meterBody,
  meterSchema,
  periodParams,
  periodSchema,
  readingInput,
  readingPhotoParams,
  readingView,
  settingsSchema,
  valuesSchema,
  windowView,
} from "./schemas";

/** Administration of meters: registry, replacement, window, who has not submitted, entry, import, estimates. */
const read = { kind: "action", action: "meters.read" } as const;
const write = { kind: "action", action: "meters.write" } as const;
const base = "/api/admin/associations/{associationId}";
const meterParams = z.object({ associationId: idSchema, meterId: idSchema }).strict();

export const listMeters = defineContract({
  id: "meters.list",
  group: "admin",
  method: "get",
  path: `${base}/meters`,
  summary: "Every meter of the association, unit and building meters",
  access: read,
  params: associationParams,
  response: z.object({ meters: z.array(meterSchema) }),
});

export const putMeter = defineContract({
  id: "meters.put",
  group: "admin",
  method: "put",
  path: `${base}/meters/{meterId}`,
  summary: "Creates or updates a meter (serial, location, registers, dates)",
  access: write,
  params: meterParams,
  body: meterBody,
  response: meterSchema,
});

export const replaceMeter = defineContract({
  id: "meters.replace",
  group: "admin",
  method: "post",
  path: `${base}/meters/{meterId}/replace`,
  summary: "Replaces a meter: the old one's final reading and the new one's initial reading, in one write",
  access: write,
  params: meterParams,
  body: z
    .object({
      period: periodSchema,
      finalValues: valuesSchema,
      newMeterId: idSchema,
      newMeter: meterBody.omit({ unitId: true, kind: true }),
      initialValues: valuesSchema,
    })
    .strict(),
  response: z.object({ old: meterSchema, new: meterSchema }),
});

export const getMeterSettings = defineContract({
  id: "meters.getSettings",
  group: "admin",
  method: "get",
  path: `${base}/meter-settings`,
  summary: "The reading window (country default until changed)",
  access: read,
  params: associationParams,
  response: settingsSchema.extend({ window: windowView }),
});

export const putMeterSettings = defineContract({
  id: "meters.putSettings",
  group: "admin",
  method: "put",
  path: `${base}/meter-settings`,
  summary: "Changes the reading window: days of the month and strict or lenient",
  access: write,
  params: associationParams,
  body: settingsSchema,
  response: settingsSchema.extend({ window: windowView }),
});

export const readingStatus = defineContract({
  id: "meters.status",
  group: "admin",
  method: "get",
  path: `${base}/meter-readings/{period}`,
  summary: "Per unit and meter: submitted, estimated or missing; flagged readings to check",
  access: read,
  params: periodParams,
  response: z.object({
    period: z.string(),
    units: z.array(
      z.object({
        unitId: z.string(),
        number: z.string(),
        missing: z.number().int(),
        meters: z.array(
          z.object({
            meterId: z.string(),
            kind: z.string(),
            state: z.enum(["submitted", "estimated", "missing"]),
            reading: readingView.nullable(),
          }),
        ),
      }),
    ),
    building: z.array(z.object({ meterId: z.string(), kind: z.string(), reading: readingView.nullable() })),
  }),
});

export const enterReadings = defineContract({
  id: "meters.enter",
  group: "admin",
  method: "post",
  path: `${base}/meter-readings`,
  summary: "Enters or corrects readings on behalf of owners (or of building meters); earlier versions are kept",
  access: write,
  params: associationParams,
  body: z.object({ period: periodSchema, readings: z.array(readingInput).min(1).max(50) }).strict(),
  response: z.object({ readings: z.array(readingView) }),
});

export const importReadings = defineContract({
  id: "meters.import",
  group: "admin",
  method: "post",
  path: `${base}/meter-readings/import`,
  summary:
    "Imports readings from CSV text or base64 XLSX, all-or-nothing with row-level errors (`rows.<row>.<column>`)",
  access: write,
  params: associationParams,
  body: z
    .object({
      period: periodSchema,
      format: z.enum(["csv", "xlsx"]),
      content: z.string().min(1).max(240_000),
      dryRun: z.boolean().default(false),
    })
    .strict(),
  response: z.object({ imported: z.number().int(), unchanged: z.number().int(), flagged: z.number().int() }),
});

export const runEstimates = defineContract({
  id: "meters.estimate",
  group: "admin",
  method: "post",
  path: `${base}/meter-readings/{period}/estimates`,
  summary: "Estimates every missing reading of a period whose window has closed (idempotent)",
  access: write,
  params: periodParams,
  response: z.object({ estimated: z.number().int(), alreadyRead: z.number().int() }),
});

export const readingPhotoUrl = defineContract({
  id: "meters.photoUrl",
  group: "admin",
  method: "get",
  path: `${base}/meter-readings/{period}/{meterId}/photo`,
  summary: "A short-lived URL to view the photo attached to a reading (each view is audited)",
  access: read,
  params: readingPhotoParams,
  response: z.object({ url: z.string(), contentType: z.string() }),
});
