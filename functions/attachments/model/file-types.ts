/**
 * The file types an attachment may have, and how each one starts ("magic bytes"): the declared
 * type of an upload is what the browser says, the first bytes are what the file is. A renamed
 * HTML page is neither a PDF nor a photo. Pure.
 */
export const attachmentTypes = ["application/pdf", "image/jpeg", "image/png", "image/webp", "image/heic"] as const;
export type AttachmentType = (typeof attachmentTypes)[number];

export function isAttachmentType(value: string): value is AttachmentType {
  return (attachmentTypes as readonly string[]).includes(value);
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** Bytes equal to `expected` at `offset`. */
function startsWith(bytes: Uint8Array, expected: readonly number[], offset = 0): boolean {
  return bytes.length >= offset + expected.length && expected.every((b, i) => bytes[offset + i] === b);
}

/** HEIC files are ISO boxes: `ftyp` at offset 4, then a major brand of the HEIF family. */
const heicBrands = ["heic", "heix", "mif1"].map(ascii);

const checks: Record<AttachmentType, (bytes: Uint8Array) => boolean> = {
  "application/pdf": (b) => startsWith(b, ascii("%PDF-")),
  "image/jpeg": (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  "image/png": (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  "image/webp": (b) => startsWith(b, ascii("RIFF")) && startsWith(b, ascii("WEBP"), 8),
  "image/heic": (b) => startsWith(b, ascii("ftyp"), 4) && heicBrands.some((brand) => startsWith(b, brand, 8)),
};

/** True when the file starts the way its declared type does. */
export function looksLike(type: AttachmentType, bytes: Uint8Array): boolean {
  return checks[type](bytes);
}

/** The type a content-type header names (parameters and case ignored), when it is an accepted one. */
export function declaredType(contentType: string): AttachmentType | undefined {
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  return isAttachmentType(type) ? type : undefined;
}
