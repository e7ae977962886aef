import { authRoutes } from "../groups/auth";
import { secretsManagerReader } from "../platform/aws/secrets-manager";
import { httpHandlerFor } from "./http-entry";

/** Lambda entry of the `auth` route group: it bundles only this group's routes. */
export const handler = await httpHandlerFor(authRoutes, secretsManagerReader());
