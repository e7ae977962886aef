import { fileRoutes } from "../groups/files";
import { secretsManagerReader } from "../platform/aws/secrets-manager";
import { httpHandlerFor } from "./http-entry";

/** Lambda entry of the `files` route group: it bundles only this group's routes. */
export const handler = await httpHandlerFor(fileRoutes, secretsManagerReader());
