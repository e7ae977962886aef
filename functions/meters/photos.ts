import type { FieldError } from "../kernel/errors";
import type { AppDeps } from "../platform/deps";
import { appError, notFound } from "../platform/errors";
import { keys } from "../platform/keys";
import { finalKeyOf, pendingKeyOf } from "../platform/model/uploads";
import { readMeter } from "./meter-store";
import { acceptPhoto, photoExtension, photoTypeOfKey } from "./model/photo";
import { codecFor, type ReadingItem, toReading } from "./reading-store";
import "./messages";

/** Photos live under the association, unit and meter: a key from elsewhere is refused. */
export function photoPrefix(associationId: string, unitId: string, meterId: string): string {
  return `${associationId}/meters/${unitId}/${meterId}/`;
}

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
  const name = `${deps.ids.next("ph")}.${photoExtension(accepted.type)}`;
  // Uploaded under pending/ (expired by the bucket) until a submitted reading names it.
  const photoKey = pendingKeyOf(`${photoPrefix(at.associationId, at.unitId, at.meterId)}${name}`);
  const uploadUrl = await deps.blobs.uploadUrl(photoKey, accepted.type, uploadSeconds, body.size);
  return { uploadUrl, photoKey };
}

/** The final key of a submitted photo key, when it is one of this meter's (a file name, no folders). */
export function ownPhotoKey(key: string, associationId: string, unitId: string, meterId: string) {
  const finalKey = finalKeyOf(key);
  const prefix = photoPrefix(associationId, unitId, meterId);
  const name = finalKey.slice(prefix.length);
  return finalKey.startsWith(prefix) && /^[A-Za-z0-9_-]+\.[a-z]+$/.test(name) ? finalKey : undefined;
}

/** Readings whose photo was never uploaded, or expired before the reading was sent: upload again. */
export async function missingPhotos(deps: AppDeps, photoKeys: readonly (string | undefined)[]): Promise<FieldError[]> {
  const found = await Promise.all(
    photoKeys.map(async (key) => !key || (await deps.blobs.head(key)) || (await deps.blobs.head(pendingKeyOf(key)))),
  );
  return found.flatMap((ok, i) => (ok ? [] : [{ path: `readings.${i}.photoKey`, code: "meters.invalid_photo" }]));
}

/**
 * Copies the photos that recorded readings now name out of pending/ (once: a repeated submission
 * finds them copied). Called after the readings are written, so a refused submission leaves only
 * the pending upload, which the bucket expires.
 */
export async function keepPhotos(deps: AppDeps, photoKeys: readonly string[]): Promise<void> {
  for (const key of new Set(photoKeys)) {
    if (await deps.blobs.head(key)) continue;
    // Checked before the readings were written; should it have expired since, the reading keeps no photo file.
    if (await deps.blobs.head(pendingKeyOf(key))) await deps.blobs.copy(pendingKeyOf(key), key);
  }
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
