import type { z } from "zod";
import type { RouteGroup } from "./route-groups";

/**
 * An API operation described once: method, path, zod schemas and the permission it needs.
 * The server turns it into a validated Hono route and an OpenAPI operation; the web app imports
 * the same object for a typed client. Only zod here, so the web bundle can import it.
 */
export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/**
 * What the caller must be allowed. `public`: anyone; `session`: any signed-in user (self-service);
 * otherwise an action the policy decides against the association (and unit) in the path.
 * `webhook`: a machine caller (a payment processor) with no session and no CSRF token; the guard
 * lets it through, so its handler MUST authenticate the request itself by verifying the
 * signature over the raw body before reading anything from it.
 */
export type Access =
  | { kind: "public" }
  | { kind: "session" }
  | { kind: "action"; action: string }
  | { kind: "webhook"; verifiedBy: "signature" };

export interface Contract<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  /** Stable operation id, e.g. `identity.signIn`. */
  id: string;
  group: RouteGroup;
  method: HttpMethod;
  /** OpenAPI-style path: `/api/owner/associations/{associationId}/units/{unitId}/summary`. */
  path: string;
  summary: string;
  access: Access;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** Status of a success answer (default 200); 302 for a redirect to a file in storage. */
  status?: 200 | 201 | 202 | 204 | 302;
  /** Binary/other answers (PDF, CSV) are described but not JSON-validated. */
  produces?: string;
  /** Further content types of the same answer, chosen by a `format` query (XLSX beside CSV). */
  alsoProduces?: string[];
  /**
   * Error statuses the handler answers beyond those the OpenAPI document derives from the
   * contract's shape (see `errorStatusesOf` in openapi.ts), e.g. 429 on a throttled route.
   */
  errors?: ErrorStatus[];
}

/** The error statuses Domus answers (errors.ts decides which code gets which). */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500;

export function defineContract<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
  c: Contract<P, Q, B, R>,
): Contract<P, Q, B, R> {
  return c;
}

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;
export type ContractParams<C> = C extends Contract<infer P, z.ZodType, z.ZodType, z.ZodType> ? Infer<P> : never;
export type ContractQuery<C> = C extends Contract<z.ZodType, infer Q, z.ZodType, z.ZodType> ? Infer<Q> : never;
export type ContractBody<C> = C extends Contract<z.ZodType, z.ZodType, infer B, z.ZodType> ? Infer<B> : never;
export type ContractResponse<C> = C extends Contract<z.ZodType, z.ZodType, z.ZodType, infer R> ? z.infer<R> : never;

/** Fills `{name}` placeholders of a contract path. */
export function fillPath(path: string, params: Record<string, string | number> | undefined): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}
