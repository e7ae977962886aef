/**
 * The payload of a short-lived download link: which object, whose key opens it, the name and type
 * it is served with, and when the link stops working. Pure: signing happens in links.ts.
 */
export interface LinkPayload {
  /** Object key. */
  k: string;
  /** Owner: association and, for a personal account's file, unit. */
  a: string;
  u?: string;
  /** File name offered to the browser, and whether it is shown (a photo) or saved (a document). */
  n: string;
  d: "inline" | "attachment";
  /** Expiry, milliseconds since the epoch. */
  x: number;
}

export function encodePayload(payload: LinkPayload): string {
  return Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
}

/** The payload of an encoded link, or undefined when it is not one. */
export function decodePayload(text: string): LinkPayload | undefined {
  try {
    const p = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as Partial<LinkPayload>;
    const ok =
      typeof p.k === "string" &&
      typeof p.a === "string" &&
      (p.u === undefined || typeof p.u === "string") &&
      typeof p.n === "string" &&
      (p.d === "inline" || p.d === "attachment") &&
      typeof p.x === "number";
    return ok ? (p as LinkPayload) : undefined;
  } catch {
    return undefined;
  }
}

/** Percent-encodes a header parameter value (RFC 5987): also `'`, `(`, `)` and `*`. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Content-Disposition with an ASCII fallback and the exact UTF-8 name (RFC 6266), so ro/pl/ru/uk names survive. */
export function disposition(kind: "inline" | "attachment", fileName: string): string {
  const ascii = fileName.replace(/[^A-Za-z0-9._-]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${rfc5987(fileName)}`;
}
