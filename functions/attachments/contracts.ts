import { z } from "zod";
import { defineContract } from "../platform/http/contract";

/** The download behind a short-lived link (links.ts): the link is the permission, no session. */
export const attachmentDownload = defineContract({
  id: "attachments.download",
  group: "files",
  method: "get",
  path: "/api/files/attachments/{token}",
  summary: "Downloads an attached file through a signed link that lives one minute (handed out by an audited route)",
  access: { kind: "public" },
  params: z.object({ token: z.string().min(1).max(4000) }).strict(),
  response: z.string(),
  produces: "application/octet-stream",
});
