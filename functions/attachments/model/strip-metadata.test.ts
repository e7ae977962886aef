import { describe, expect, it } from "vitest";
import { looksLike } from "./file-types";
import { stripMetadata } from "./strip-metadata";

const bytes = (...parts: (ArrayLike<number> | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : Array.from(p))));

/** A JPEG segment: marker, big-endian length (counting itself), data. */
function segment(marker: number, data: Uint8Array): number[] {
  const length = data.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...data];
}

/** An Exif APP1 block as a camera writes it, with a GPS latitude tag and a readable position. */
const exif = bytes("Exif\0\0", "MM\0*\0\0\0\x08", [0x88, 0x25], "GPS 44.4268N 26.1025E");
const jfif = bytes("JFIF\0", [1, 1, 0, 0, 1, 0, 1, 0, 0]);
const quant = bytes([0], new Array(64).fill(1));
const scan = bytes([1, 1, 0, 0, 0x3f, 0]);
const imageData = [0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56];

const jpegWith = (extra: number[]) =>
  bytes([0xff, 0xd8], segment(0xe0, jfif), extra, segment(0xdb, quant), segment(0xda, scan), imageData, [0xff, 0xd9]);

describe("stripping photo metadata", () => {
  it("drops a JPEG's Exif block with its GPS position and keeps every other byte in order", () => {
    const clean = jpegWith([]);
    const withGps = jpegWith(segment(0xe1, exif));
    expect(Buffer.from(withGps).includes("GPS")).toBe(true);
    const stripped = stripMetadata("image/jpeg", withGps);
    expect(stripped).toEqual(clean);
    expect(Buffer.from(stripped).includes("Exif")).toBe(false);
    expect(looksLike("image/jpeg", stripped)).toBe(true);
  });

  it("drops XMP (also APP1) and leaves a JPEG without metadata as it is", () => {
    const xmp = segment(0xe1, bytes("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta exif:GPSLatitude='44'/>"));
    expect(stripMetadata("image/jpeg", jpegWith(xmp))).toEqual(jpegWith([]));
    expect(stripMetadata("image/jpeg", jpegWith([]))).toEqual(jpegWith([]));
  });

  it("keeps the image data after the scan even when it holds APP1-like bytes", () => {
    const tricky = bytes([0xff, 0xd8], segment(0xda, scan), [0xff, 0xe1, 0, 4, 9, 9], [0xff, 0xd9]);
    expect(stripMetadata("image/jpeg", tricky)).toEqual(tricky);
  });

  it("keeps a truncated JPEG verbatim from the segment that cannot be read", () => {
    const truncated = bytes([0xff, 0xd8, 0xff, 0xe0, 0x07, 0x07], new Array(50).fill(7));
    expect(stripMetadata("image/jpeg", truncated)).toEqual(truncated);
  });

  it("drops a PNG's eXIf chunk and keeps the others", () => {
    const chunk = (type: string, data: Uint8Array) => {
      const length = [0, 0, data.length >> 8, data.length & 0xff];
      return bytes(length, type, data, [1, 2, 3, 4]);
    };
    const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    const header = chunk("IHDR", bytes([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]));
    const data = chunk("IDAT", bytes([0x78, 0x9c, 0x63, 0x60]));
    const end = chunk("IEND", bytes());
    const withExif = bytes(signature, header, chunk("eXIf", exif), data, end);
    const stripped = stripMetadata("image/png", withExif);
    expect(stripped).toEqual(bytes(signature, header, data, end));
    expect(Buffer.from(stripped).includes("GPS")).toBe(false);
  });

  it("drops a WebP's EXIF and XMP chunks, clears their flags and fixes the RIFF size", () => {
    const le = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24];
    const chunk = (fourCC: string, data: number[]) => bytes(fourCC, le(data.length), data, data.length % 2 ? [0] : []);
    const riff = (...chunks: Uint8Array[]) => {
      const body = bytes("WEBP", ...chunks);
      return bytes("RIFF", le(body.length), body);
    };
    const vp8x = (flags: number) => chunk("VP8X", [flags, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const image = chunk("VP8 ", [1, 2, 3, 4, 5]);
    const withExif = riff(vp8x(0x0c), image, chunk("EXIF", [...exif]), chunk("XMP ", [...bytes("<GPS/>")]));
    const stripped = stripMetadata("image/webp", withExif);
    expect(stripped).toEqual(riff(vp8x(0), image));
    expect(Buffer.from(stripped).includes("GPS")).toBe(false);
    expect(looksLike("image/webp", stripped)).toBe(true);
  });

  it("returns a PDF as it is", () => {
    const pdf = bytes("%PDF-1.4\n% Exif GPS\n%%EOF");
    expect(stripMetadata("application/pdf", pdf)).toBe(pdf);
  });
});

describe("recognising a file by its first bytes", () => {
  it("tells each accepted type from a file that only claims it", () => {
    expect(looksLike("application/pdf", bytes("%PDF-1.7"))).toBe(true);
    expect(looksLike("application/pdf", bytes("<html>"))).toBe(false);
    expect(looksLike("image/png", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(looksLike("image/webp", bytes("RIFF", [1, 2, 3, 4], "WEBPVP8 "))).toBe(true);
    expect(looksLike("image/webp", bytes("RIFF", [1, 2, 3, 4], "WAVEfmt "))).toBe(false);
    expect(looksLike("image/heic", bytes([0, 0, 0, 24], "ftypheic"))).toBe(true);
    expect(looksLike("image/heic", bytes([0, 0, 0, 24], "ftypmif1"))).toBe(true);
    expect(looksLike("image/heic", bytes([0, 0, 0, 24], "ftypisom"))).toBe(false);
    expect(looksLike("image/jpeg", bytes([0xff, 0xd8]))).toBe(false);
  });
});
