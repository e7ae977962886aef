import "./identity/messages";
import { identityRoutes } from "./identity/routes";
import { ownerRoutes } from "./owner/routes";
import type { Contract } from "./platform/http/contract";
import type { Route } from "./platform/http/route";

/** Every route of the API. Each domain exports its own list; this is the only place they meet. */
export const allRoutes: Route[] = [...identityRoutes, ...ownerRoutes];

export const allContracts: Contract[] = allRoutes.map((r) => r.contract);
