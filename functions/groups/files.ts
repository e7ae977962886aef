import { documentRoutes } from "../documents/routes";
import { identityFileRoutes } from "../identity/routes-files";
import type { Route } from "../platform/http/route";
import { registryFileRoutes } from "../registry/routes";

/** Routes of the `files` Lambda: PDFs and spreadsheets (the only bundle that carries pdfmake and fonts). */
export const fileRoutes: Route[] = [...documentRoutes, ...identityFileRoutes, ...registryFileRoutes];
