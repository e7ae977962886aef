import { ownerRoutes } from "../groups/owner";
import { secretsManagerReader } from "../platform/aws/secrets-manager";
import { httpHandlerFor } from "./http-entry";

/** Lambda entry of the `owner` route group: it bundles only this group's routes. */
export const handler = await httpHandlerFor(ownerRoutes, secretsManagerReader());
