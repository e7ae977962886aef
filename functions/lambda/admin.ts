import { adminRoutes } from "../groups/admin";
import { httpHandlerFor } from "./http-entry";

/** Lambda entry of the `admin` route group: it bundles only this group's routes. */
export const handler = httpHandlerFor(adminRoutes);
