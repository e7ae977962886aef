import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Contract } from "./contract";

/** Error shape shared by every operation's 4xx answers. */
const errorResponse = {
  description: "Error with a stable code, a translated message and the fields at fault",
  content: { "application/json": { schema: { type: "object" as const } } },
};

/** The OpenAPI route config of a contract, with `x-domus-access` for the authorization matrix. */
export function openApiRouteOf(contract: Contract) {
  const status = contract.status ?? 200;
  return createRoute({
    method: contract.method,
    path: contract.path,
    operationId: contract.id,
    summary: contract.summary,
    tags: [contract.group],
    "x-domus-access": contract.access,
    request: {
      ...(contract.params ? { params: contract.params } : {}),
      ...(contract.query ? { query: contract.query } : {}),
      ...(contract.body
        ? { body: { content: { "application/json": { schema: contract.body } }, required: true } }
        : {}),
    },
    responses: {
      [status]: contract.produces
        ? { description: "File", content: { [contract.produces]: { schema: { type: "string", format: "binary" } } } }
        : { description: "Success", content: { "application/json": { schema: contract.response } } },
      400: errorResponse,
      401: errorResponse,
      403: errorResponse,
      404: errorResponse,
      422: errorResponse,
      429: errorResponse,
    },
  } as Parameters<typeof createRoute>[0]);
}

/** The whole API document, from every contract (each Lambda serves the same document). */
export function openApiDocument(contracts: Contract[]) {
  const doc = new OpenAPIHono();
  for (const contract of contracts) doc.openAPIRegistry.registerPath(openApiRouteOf(contract));
  return doc.getOpenAPI31Document({
    openapi: "3.1.0",
    info: { title: "Domus API", version: "1.0.0", description: "The portal of a homeowners' association" },
  });
}
