import type { FieldError } from "../../kernel/errors";

/**
 * Photos of a meter's dial: the formats phone cameras produce (HEIC on iPhones) and at most
 * 4 MB, enough for a sharp dial. Photos are sealed under the account's key and served decrypted by
 * the files Lambda, whose answer (base64) is at most 6 MB: 4 MB is what always fits.
 */
export const photoTypes = ["image/jpeg", "image/png", "image/webp", "image/heic"] as const;
export type PhotoType = (typeof photoTypes)[number];
export const maxPhotoBytes = 4 * 1024 * 1024;

const extensions: Record<PhotoType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/heic": "heic",
};

export function isPhotoType(contentType: string): contentType is PhotoType {
  return (photoTypes as readonly string[]).includes(contentType);
}

/** A declared photo accepted with its type, or refused with a field error for the type and for the size. */
export function acceptPhoto(
  contentType: string,
  size: number,
): { ok: true; type: PhotoType } | { ok: false; issues: FieldError[] } {
  const issues: FieldError[] = [];
  if (!isPhotoType(contentType)) issues.push({ path: "contentType", code: "meters.photo_type" });
  if (size > maxPhotoBytes) issues.push({ path: "size", code: "meters.photo_too_large", params: { max: "4 MB" } });
  if (issues.length > 0 || !isPhotoType(contentType)) return { ok: false, issues };
  return { ok: true, type: contentType };
}

/** The file extension a stored photo gets (its key says what it is). */
export function photoExtension(type: PhotoType): string {
  return extensions[type];
}

/** The content type of a stored photo, read back from its key's extension. */
export function photoTypeOfKey(key: string): PhotoType {
  const ext = key.slice(key.lastIndexOf(".") + 1).toLowerCase();
  return photoTypes.find((t) => extensions[t] === ext) ?? "image/jpeg";
}
