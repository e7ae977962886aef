import "./identity/messages";
import "./identity/mail-messages";
import { auditRoutes } from "./audit/routes";
import { billingRoutes } from "./billing/routes";
import { documentRoutes } from "./documents/routes";
import { identityRoutes } from "./identity/routes";
import { ownerRoutes } from "./owner/routes";
import type { Contract } from "./platform/http/contract";
import type { Route } from "./platform/http/route";
import { registryRoutes } from "./registry/routes";

/** Every route of the API. Each domain exports its own list; this is the only place they meet. */
export const allRoutes: Route[] = [
  ...identityRoutes,
  ...ownerRoutes,
  ...registryRoutes,
  ...billingRoutes,
  ...documentRoutes,
  ...auditRoutes,
];

export const allContracts: Contract[] = allRoutes.map((r) => r.contract);
