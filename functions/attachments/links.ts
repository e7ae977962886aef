import { createHmac, timingSafeEqual } from "node:crypto";
import type { AppDeps } from "../platform/deps";
import { decodePayload, encodePayload, type LinkPayload } from "./model/link-token";
import type { FileOwner } from "./owner-key";

/**
 * Short-lived download links. Encrypted files cannot be handed out as presigned storage URLs
 * (storage holds ciphertext), so the route that audits a download hands out a link to the files
 * Lambda instead: it names the object and its owner, is signed with a platform secret and
 * expires after a minute, so it can be used by an <img> or a download without a session and is
 * useless once leaked.
 */
const secretOf = (deps: AppDeps) => deps.secrets.get("attachment-links");

async function signatureOf(deps: AppDeps, encoded: string): Promise<Buffer> {
  return createHmac("sha256", await secretOf(deps))
    .update(encoded)
    .digest();
}

export const attachmentLinkPath = "/api/files/attachments";

/** A link to download an attached file, valid for `seconds`. */
export async function attachmentLink(
  deps: AppDeps,
  file: { key: string; owner: FileOwner; fileName: string; disposition: "inline" | "attachment" },
  seconds = 60,
): Promise<string> {
  const payload: LinkPayload = {
    k: file.key,
    a: file.owner.associationId,
    ...(file.owner.kind === "account" ? { u: file.owner.unitId } : {}),
    n: file.fileName,
    d: file.disposition,
    x: deps.clock.now().getTime() + seconds * 1000,
  };
  const encoded = encodePayload(payload);
  const token = `${encoded}.${(await signatureOf(deps, encoded)).toString("base64url")}`;
  return `${deps.config.appUrl.replace(/\/$/, "")}${attachmentLinkPath}/${token}`;
}

/** The payload of a link signed here and not expired; undefined otherwise. */
export async function openAttachmentLink(deps: AppDeps, token: string): Promise<LinkPayload | undefined> {
  const [encoded = "", signature = ""] = token.split(".");
  const expected = await signatureOf(deps, encoded);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  const payload = decodePayload(encoded);
  return payload && payload.x > deps.clock.now().getTime() ? payload : undefined;
}

/** The owner a link names. */
export function ownerOfLink(payload: LinkPayload): FileOwner {
  return payload.u
    ? { kind: "account", associationId: payload.a, unitId: payload.u }
    : { kind: "association", associationId: payload.a };
}
