import { adminRoutes } from "../groups/admin";
import { secretsManagerReader } from "../platform/aws/secrets-manager";
import { httpHandlerFor } from "./http-entry";

/** Lambda entry of the `admin` route group: it bundles only this group's routes. */
export const handler = await httpHandlerFor(adminRoutes, secretsManagerReader());
