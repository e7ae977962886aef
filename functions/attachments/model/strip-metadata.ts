/**
 * Removes the metadata a camera writes into a photo (time, camera, and above all GPS position:
 * a photo of a meter would tell where the owner lives and when they were home). Pure.
 *
 * JPEG: every APP1 segment is dropped (Exif, where GPS lives, and XMP, which can repeat it); the
 * image data is untouched. The orientation flag goes with Exif, so a phone photo may show turned:
 * acceptable for a dial or a scan. PNG: `eXIf` chunks are dropped. WebP: `EXIF` and `XMP `
 * chunks are dropped and the extended header's flags and the RIFF size follow. HEIC and PDF are
 * returned as they are (HEIC metadata sits in nested ISO boxes: not handled yet). A file whose structure cannot be walked is kept verbatim from that point: a decoder
 * cannot find a segment there either.
 */
import type { AttachmentType } from "./file-types";

export function stripMetadata(type: AttachmentType, bytes: Uint8Array): Uint8Array {
  if (type === "image/jpeg") return stripJpeg(bytes);
  if (type === "image/png") return stripPng(bytes);
  if (type === "image/webp") return stripWebp(bytes);
  return bytes;
}

/** Markers that stand alone (no length): restart markers, TEM. */
function standalone(marker: number): boolean {
  return (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01;
}

const app1 = 0xe1;
const startOfScan = 0xda;
const endOfImage = 0xd9;

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The JPEG's segments before the image data, minus APP1; from the scan on, everything as it is. */
export function stripJpeg(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return bytes;
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  let pos = 2;
  while (pos < bytes.length) {
    const marker = bytes[pos + 1] ?? 0;
    if (bytes[pos] !== 0xff || marker === startOfScan || marker === endOfImage || pos + 4 > bytes.length) break;
    if (marker === 0xff || standalone(marker)) {
      kept.push(bytes.subarray(pos, pos + (marker === 0xff ? 1 : 2)));
      pos += marker === 0xff ? 1 : 2;
      continue;
    }
    const end = pos + 2 + (((bytes[pos + 2] ?? 0) << 8) | (bytes[pos + 3] ?? 0));
    if (end > bytes.length) break;
    if (marker !== app1) kept.push(bytes.subarray(pos, end));
    pos = end;
  }
  kept.push(bytes.subarray(pos));
  return concat(kept);
}

const pngSignatureLength = 8;

function chunkType(bytes: Uint8Array, pos: number): string {
  return String.fromCharCode(...bytes.subarray(pos + 4, pos + 8));
}

/** The PNG's chunks minus `eXIf` (length, type, data and CRC each: 12 bytes around the data). */
export function stripPng(bytes: Uint8Array): Uint8Array {
  const kept: Uint8Array[] = [bytes.subarray(0, pngSignatureLength)];
  let pos = pngSignatureLength;
  while (pos + 12 <= bytes.length) {
    const length = new DataView(bytes.buffer, bytes.byteOffset + pos, 4).getUint32(0);
    const end = pos + 12 + length;
    if (end > bytes.length) break;
    if (chunkType(bytes, pos) !== "eXIf") kept.push(bytes.subarray(pos, end));
    pos = end;
  }
  kept.push(bytes.subarray(pos));
  return concat(kept);
}

const webpHeaderLength = 12;
/** VP8X flag bits announcing the chunks dropped here. */
const webpExifFlag = 0x08;
const webpXmpFlag = 0x04;

/** The WebP's chunks minus `EXIF` and `XMP ` (FourCC, little-endian size, data padded to even). */
export function stripWebp(bytes: Uint8Array): Uint8Array {
  const kept: Uint8Array[] = [];
  let pos = webpHeaderLength;
  while (pos + 8 <= bytes.length) {
    const size = new DataView(bytes.buffer, bytes.byteOffset + pos + 4, 4).getUint32(0, true);
    const end = pos + 8 + size + (size % 2);
    if (end > bytes.length) break;
    const fourCC = String.fromCharCode(...bytes.subarray(pos, pos + 4));
    if (fourCC !== "EXIF" && fourCC !== "XMP ") kept.push(bytes.subarray(pos, end));
    pos = end;
  }
  kept.push(bytes.subarray(pos));
  const out = concat([bytes.subarray(0, webpHeaderLength), ...kept]);
  const view = new DataView(out.buffer, out.byteOffset, out.length);
  if (out.length >= 8) view.setUint32(4, out.length - 8, true);
  const first = String.fromCharCode(...out.subarray(webpHeaderLength, webpHeaderLength + 4));
  if (first === "VP8X" && out.length > webpHeaderLength + 8) {
    out[webpHeaderLength + 8] = (out[webpHeaderLength + 8] ?? 0) & ~(webpExifFlag | webpXmpFlag);
  }
  return out;
}
