import { AttachmentRefused, attach, requestUpload, uploadProblem } from "../attachments/attach";
import { attachmentLink } from "../attachments/links";
import type { FileOwner } from "../attachments/owner-key";
import type { FieldError } from "../kernel/errors";
import type { AppDeps } from "../platform/deps";
import { appError, notFound } from "../platform/errors";
import { keys } from "../platform/keys";
import { finalKeyOf } from "../platform/model/uploads";
import { readMeter } from "./meter-store";
import { acceptPhoto, maxPhotoBytes, photoExtension, photoTypeOfKey, photoTypes } from "./model/photo";
import { codecFor, type ReadingItem, toReading } from "./reading-store";
import "./messages";

/** Photos live under the association, unit and meter: a key from elsewhere is refused. */
export function photoPrefix(associationId: string, unitId: string, meterId: string): string {
  return `${associationId}/meters/${unitId}/${meterId}/`;
}

/** What a meter photo may be, for the attachments service. */
const photoKind = { types: photoTypes, maxBytes: maxPhotoBytes };

/** The owner of a meter's photos: the unit's personal account (encrypted under its key). */
function ownerOf(associationId: string, unitId: string | undefined): FileOwner {
  return unitId ? { kind: "account", associationId, unitId } : { kind: "association", associationId };
}

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
  const finalKey = `${photoPrefix(at.associationId, at.unitId, at.meterId)}${name}`;
  const file = { contentType: accepted.type, sizeBytes: body.size };
  const { uploadUrl, pendingKey } = await requestUpload(deps, photoKind, finalKey, file);
  return { uploadUrl, photoKey: pendingKey };
}

/** The final key of a submitted photo key, when it is one of this meter's (a file name, no folders). */
export function ownPhotoKey(key: string, associationId: string, unitId: string, meterId: string) {
  const finalKey = finalKeyOf(key);
  const prefix = photoPrefix(associationId, unitId, meterId);
  const name = finalKey.slice(prefix.length);
  return finalKey.startsWith(prefix) && /^[A-Za-z0-9_-]+\.[a-z]+$/.test(name) ? finalKey : undefined;
}

/**
 * Readings whose photo was never uploaded, expired before the reading was sent, or is not what
 * it claims (checked by the attachments service: type, size, first bytes): upload again.
 */
export async function missingPhotos(deps: AppDeps, photoKeys: readonly (string | undefined)[]): Promise<FieldError[]> {
  const found = await Promise.all(
    photoKeys.map(async (key) => !key || (await deps.blobs.head(key)) || !(await uploadProblem(deps, photoKind, key))),
  );
  return found.flatMap((ok, i) => (ok ? [] : [{ path: `readings.${i}.photoKey`, code: "meters.invalid_photo" }]));
}

/**
 * Attaches the photos that recorded readings now name (once: a repeated submission finds them
 * attached): checked, stripped of EXIF and GPS, encrypted under the unit's account key. Called
 * after the readings are written, so a refused submission leaves only the pending upload, which
 * the bucket expires.
 */
export async function keepPhotos(
  deps: AppDeps,
  at: { associationId: string; unitId: string },
  photoKeys: readonly string[],
): Promise<void> {
  for (const key of new Set(photoKeys)) {
    try {
      await attach(deps, photoKind, key, ownerOf(at.associationId, at.unitId));
    } catch (error) {
      // Checked before the readings were written; should it have expired since, the reading keeps no photo file.
      if (!(error instanceof AttachmentRefused)) throw error;
    }
  }
}

/**
 * A one-minute link to the photo attached to a meter's reading of a period, for the
 * administrator (the files Lambda decrypts it); not found when the reading has none. Also names the unit, for the audit record.
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
  const owner = ownerOf(associationId, meter.unitId);
  const url = await attachmentLink(deps, { key: reading.photoKey, owner, fileName, disposition: "inline" });
  return { url, contentType, unitId: meter.unitId };
}
