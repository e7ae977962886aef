import { notFound } from "../platform/errors";
import { route } from "../platform/http/route";
import { readAttachment } from "./attach";
import { attachmentDownload } from "./contracts";
import { openAttachmentLink, ownerOfLink } from "./links";
import { disposition } from "./model/link-token";

/** The decrypted file behind a valid link (files Lambda); an expired or forged link finds nothing. */
export const attachmentRoutes = [
  route(attachmentDownload, async (ctx, { params }) => {
    const link = await openAttachmentLink(ctx.deps, params.token);
    if (!link) throw notFound();
    const file = await readAttachment(ctx.deps, link.k, ownerOfLink(link));
    if (!file) throw notFound();
    return new Response(new Uint8Array(file.body), {
      headers: {
        "content-type": file.contentType || "application/octet-stream",
        "content-disposition": disposition(link.d, link.n),
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  }),
];
