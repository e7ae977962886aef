import { httpHandlerFor } from "./http-entry";

/** Lambda entry of the `auth` route group. */
export const handler = httpHandlerFor("auth");
