import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Contract, ErrorStatus } from "./contract";

/** What each error status means in Domus; every error answer has the same JSON shape. */
const errorMeaning: Record<ErrorStatus, string> = {
  400: "Invalid input: the fields at fault, malformed JSON or a malformed cursor",
  401: "Not signed in (or the credentials are not right)",
  403: "Not allowed: CSRF check failed, no permission, or a second factor must be set up first",
  404: "Not found (or not visible to the caller)",
  409: "Conflict: changed concurrently, or not possible in the current state",
  413: "The request body is too large",
  415: "The request body is not application/json in UTF-8",
  422: "Refused by a rule of the domain; the code names it",
  429: "Too many attempts; Retry-After says when to try again",
  500: "Unexpected error (nothing internal is shown)",
};

const errorResponse = (status: ErrorStatus) => ({
  description: `${errorMeaning[status]}. A stable code, a translated message and the fields at fault.`,
  content: { "application/json": { schema: { type: "object" as const } } },
});

/**
 * What the shared wrapper (app.ts, the guard, the validators) can answer on this route, from its
 * shape alone: validation (400), body limit on any request with a body (413), media type on
 * JSON bodies (415), session (401), permission and CSRF (403), and an unexpected failure (500).
 */
export function wrapperStatuses(contract: Contract): ErrorStatus[] {
  const out = new Set<ErrorStatus>([500]);
  const write = contract.method !== "get";
  if (contract.params || contract.query || contract.body) out.add(400);
  if (contract.body) out.add(415);
  if (write) out.add(413);
  if (contract.access.kind === "session" || contract.access.kind === "action") {
    out.add(401);
    out.add(403);
  }
  if (contract.access.kind === "public" && write) out.add(403);
  return [...out];
}

/**
 * The route's own refusals: a resource named in the path may not exist (404), any input can
 * break a domain rule (422), a write can meet a concurrent change or a state that forbids it
 * (409); throttled attempts (429) on the public and self-service routes that take a body; plus
 * whatever else the contract declares in `errors`.
 */
export function handlerStatuses(contract: Contract): ErrorStatus[] {
  const out = new Set<ErrorStatus>(contract.errors ?? []);
  if (contract.params) out.add(404);
  if (contract.params || contract.query || contract.body || contract.method !== "get") out.add(422);
  if (contract.method !== "get") out.add(409);
  // Sign-in, second factor, resets, invitations and re-authentication count attempts: the
  // public and self-service routes that take a body.
  const selfService = contract.access.kind === "public" || contract.access.kind === "session";
  if (selfService && contract.body) out.add(429);
  return [...out];
}

/** Every error status a route can answer, in order. */
export function errorStatusesOf(contract: Contract): ErrorStatus[] {
  return [...new Set([...wrapperStatuses(contract), ...handlerStatuses(contract)])].sort((a, b) => a - b);
}

/** The success answer: JSON per the contract, a file in each type it produces, or a redirect. */
function successResponse(contract: Contract) {
  if (contract.status === 302) {
    return {
      description: "Redirect to a short-lived storage URL of the file",
      headers: { Location: { schema: { type: "string" } } },
    };
  }
  if (contract.produces) {
    return { description: "File", content: fileContent([contract.produces, ...(contract.alsoProduces ?? [])]) };
  }
  return { description: "Success", content: { "application/json": { schema: contract.response } } };
}

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
      [status]: successResponse(contract),
      ...Object.fromEntries(errorStatusesOf(contract).map((s) => [s, errorResponse(s)])),
    },
  } as Parameters<typeof createRoute>[0]);
}

/** Every content type a file answer may carry, each a binary string. */
function fileContent(types: string[]) {
  return Object.fromEntries(types.map((type) => [type, { schema: { type: "string", format: "binary" } }]));
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
