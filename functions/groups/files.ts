// Messages register by side-effect import. This group's bundle carries the error codes of these
// domains, so it loads their messages too (checked against its imports by messages.test.ts).
import "../identity/messages";
import "../payments/messages";
import "../payments/provider/messages";
import { attachmentRoutes } from "../attachments/routes";
import { caseDocumentFileRoutes } from "../debts/document-routes";
import { debtFileRoutes } from "../debts/file-routes";
import { documentRoutes } from "../documents/routes";
import { identityFileRoutes } from "../identity/routes-files";
import { meterFileRoutes } from "../meters/routes";
import { payQrRoutes } from "../payments/pay-qr-routes";
import { reminderFileRoutes } from "../payments/reminders/file-routes";
import type { Route } from "../platform/http/route";
import { registryFileRoutes } from "../registry/routes";

/** Routes of the `files` Lambda: PDFs and spreadsheets (the only bundle that carries pdfmake and fonts). */
export const fileRoutes: Route[] = [
  ...documentRoutes,
  ...identityFileRoutes,
  ...registryFileRoutes,
  ...meterFileRoutes,
  ...reminderFileRoutes,
  ...debtFileRoutes,
  ...caseDocumentFileRoutes,
  ...payQrRoutes,
  ...attachmentRoutes,
];
