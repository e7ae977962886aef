import { httpHandlerFor } from "./http-entry";

/** Lambda entry of the `files` route group. */
export const handler = httpHandlerFor("files");
