import { httpHandlerFor } from "./http-entry";

/** Lambda entry of the `owner` route group. */
export const handler = httpHandlerFor("owner");
