import { ownerRoutes } from "../groups/owner";
import { httpHandlerFor } from "./http-entry";

/** Lambda entry of the `owner` route group: it bundles only this group's routes. */
export const handler = httpHandlerFor(ownerRoutes);
