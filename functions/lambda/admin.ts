import { httpHandlerFor } from "./http-entry";

/** Lambda entry of the `admin` route group. */
export const handler = httpHandlerFor("admin");
