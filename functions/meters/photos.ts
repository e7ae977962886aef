import type { AppDeps } from "../platform/deps";
import { appError, notFound } from "../platform/errors";
import { keys } from "../platform/keys";
import { readMeter } from "./meter-store";
import { acceptPhoto, photoExtension, photoTypeOfKey } from "./model/photo";
import { photoPrefix } from "./owner-meters";
import { codecFor, type ReadingItem, toReading } from "./reading-store";
import "./messages";

/** Upload URLs live five minutes: long enough for a phone on a slow line, short for a leaked link. */
const uploadSeconds = 300;

/**
 * A URL to upload a photo of one of the unit's meters. The declared type and size are checked
 * here and both are signed into the URL, so storage refuses any other file.
 */
export async function photoUpload(
  deps: AppDeps,
  at: { associationId: string; unitId: string; meterId: string },
  body: { contentType: string; size: number },
) {
  const meter = await readMeter(deps, at.associationId, at.meterId);
  if (!meter || meter.unitId !== at.unitId) throw notFound();
  const accepted = acceptPhoto(body.contentType, body.size);
  if (!accepted.ok) throw appError("request.invalid", { fields: accepted.issues });
  const photoKey = `${photoPrefix(at.associationId, at.unitId, at.meterId)}${deps.ids.next("ph")}.${photoExtension(accepted.type)}`;
  const uploadUrl = await deps.blobs.uploadUrl(photoKey, accepted.type, uploadSeconds, body.size);
  return { uploadUrl, photoKey };
}

/**
 * A short-lived URL to the photo attached to a meter's reading of a period, for the
 * administrator; not found when the reading has none. Also names the unit, for the audit record.
 */
export async function photoViewUrl(deps: AppDeps, associationId: string, meterId: string, period: string) {
  const meter = await readMeter(deps, associationId, meterId);
  if (!meter) throw notFound();
  const item = await deps.table.get<ReadingItem>(keys.meterReading(associationId, meter.unitId, meterId, period));
  if (!item) throw notFound();
  const reading = toReading(item, await codecFor(deps, associationId, meter.unitId));
  if (!reading.photoKey) throw notFound();
  const contentType = photoTypeOfKey(reading.photoKey);
  const fileName = `meter-${meter.serial.replace(/[^A-Za-z0-9._-]/g, "_")}-${period}.${photoExtension(contentType)}`;
  const url = await deps.blobs.downloadUrl(reading.photoKey, fileName);
  return { url, contentType, unitId: meter.unitId };
}
