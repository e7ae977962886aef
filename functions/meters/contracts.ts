import { z } from "zod";
import { defineContract } from "../platform/http/contract";
import { unitParams } from "../platform/model/schemas";
import { meterReadingParams, meterSchema, periodSchema, readingInput, readingView, windowView } from "./schemas";

/** Owner-side meters contracts: one screen for a unit's meters, entry, history, photo, CSV. */
const read = { kind: "action", action: "readings.read" } as const;
const write = { kind: "action", action: "readings.write" } as const;
const base = "/api/owner/associations/{associationId}/units/{unitId}/meters";

export const ownerMeters = defineContract({
  id: "meters.ownerMeters",
  group: "owner",
  method: "get",
  path: base,
  summary: "The unit's meters with the window, the previous and current readings and typical consumption",
  access: read,
  params: unitParams,
  response: z.object({
    window: windowView,
    meters: z.array(
      z.object({
        meter: meterSchema,
        previous: readingView.nullable(),
        current: readingView.nullable(),
        /** Average monthly consumption of recent real months (total of registers), or null. */
        typical: z.string().nullable(),
        verificationExpired: z.boolean(),
      }),
    ),
  }),
});

export const submitReadings = defineContract({
  id: "meters.submitReadings",
  group: "owner",
  method: "post",
  path: `${base}/readings`,
  summary: "Enters the readings of the open window, all or none; the same submission twice changes nothing",
  access: write,
  params: unitParams,
  body: z.object({ period: periodSchema.optional(), readings: z.array(readingInput).min(1).max(12) }).strict(),
  response: z.object({ readings: z.array(readingView) }),
});

export const meterHistory = defineContract({
  id: "meters.history",
  group: "owner",
  method: "get",
  path: `${base}/{meterId}/history`,
  summary: "Every reading of a meter with its monthly consumption",
  access: read,
  params: meterReadingParams,
  response: z.object({ meter: meterSchema, readings: z.array(readingView) }),
});

export const photoUploadUrl = defineContract({
  id: "meters.photoUploadUrl",
  group: "owner",
  method: "post",
  path: `${base}/{meterId}/photo`,
  summary:
    "A short-lived URL to upload a photo of the dial (JPEG, PNG, WebP or HEIC, at most 4 MB; type and size are signed); send the returned key with the reading",
  access: write,
  params: meterReadingParams,
  body: z
    .object({
      /** Checked against the accepted types in the domain, so a wrong type gets its own message. */
      contentType: z.string().min(1).max(100),
      /** The file's size in bytes: the upload URL accepts exactly this many. */
      size: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    })
    .strict(),
  response: z.object({ uploadUrl: z.string(), photoKey: z.string() }),
});

export const exportHistory = defineContract({
  id: "meters.exportHistory",
  group: "files",
  method: "get",
  path: "/api/files/associations/{associationId}/units/{unitId}/meters/{meterId}/history.csv",
  summary: "A meter's readings and consumption as CSV",
  access: read,
  params: meterReadingParams,
  response: z.string(),
  produces: "text/csv",
});
