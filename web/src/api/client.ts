import type {
  Contract,
  ContractBody,
  ContractParams,
  ContractQuery,
  ContractResponse,
} from "../../../functions/platform/http/contract";
import { fillPath } from "../../../functions/platform/http/contract";
import { ApiError, apiErrorFrom } from "./errors";

export type { ApiFieldError } from "./errors";
export { ApiError } from "./errors";

/**
 * The typed client of the API. It takes the same contract objects the server routes are built
 * from, so a path, a body or an answer that drifts from the server fails to compile.
 *
 * CSRF: every state-changing request carries `x-csrf-token`, the token of the last `/api/me` or
 * sign-in answer, kept in memory only (never in storage, so other scripts cannot read it back
 * later). Without a session (sign-in) the token is the literal `anonymous`.
 */

/** Contracts whose answers carry the session's CSRF token. */
const tokenBearing = new Set([
  "identity.me",
  "identity.signIn",
  "identity.signInTotp",
  "identity.acceptInvitation",
  "identity.acceptInvitationSignedIn",
  "identity.activate",
]);
const ANONYMOUS = "anonymous";

let csrfToken: string | undefined;
let language = "en";

/** Sets the language sent as Accept-Language (the server translates error messages into it). */
export function setRequestLanguage(lang: string): void {
  language = lang;
}

/** Forgets the CSRF token (after sign-out or when the session has ended). */
export function clearSession(): void {
  csrfToken = undefined;
}

type Slot<K extends string, T> = unknown extends T ? { [P in K]?: undefined } : { [P in K]: T };
type QueryValue = string | number | boolean | undefined | null | ReadonlyArray<string | number | boolean>;

/** What a contract needs besides itself: params, query and body, each required when declared. */
export type RequestOptions<C> = Slot<"params", ContractParams<C>> &
  Slot<"query", ContractQuery<C>> &
  Slot<"body", ContractBody<C>> & { signal?: AbortSignal };

type Args<C> =
  Record<string, never> extends RequestOptions<C> ? [options?: RequestOptions<C>] : [options: RequestOptions<C>];

function queryString(query: unknown): string {
  if (typeof query !== "object" || query === null) return "";
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query as Record<string, QueryValue>)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

function headersFor(method: string, hasBody: boolean): Headers {
  const headers = new Headers({ accept: "application/json", "accept-language": language });
  if (hasBody) headers.set("content-type", "application/json");
  if (method !== "GET") headers.set("x-csrf-token", csrfToken ?? ANONYMOUS);
  return headers;
}

function remember(contract: Contract, data: unknown): void {
  if (!tokenBearing.has(contract.id)) return;
  const token = (data as { csrfToken?: unknown } | null)?.csrfToken;
  if (typeof token === "string") csrfToken = token;
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError(0, "network.unreachable", "", [], undefined, { cause });
  }
}

/**
 * Calls the operation a contract describes and resolves with its typed answer.
 * Rejects with an {@link ApiError} for any non-2xx answer or a network failure.
 */
export async function request<C extends Contract>(contract: C, ...args: Args<C>): Promise<ContractResponse<C>> {
  const options = (args[0] ?? {}) as { params?: unknown; query?: unknown; body?: unknown; signal?: AbortSignal };
  const method = contract.method.toUpperCase();
  const url =
    fillPath(contract.path, options.params as Record<string, string> | undefined) + queryString(options.query);
  const hasBody = options.body !== undefined;
  const response = await send(url, {
    method,
    credentials: "same-origin",
    headers: headersFor(method, hasBody),
    body: hasBody ? JSON.stringify(options.body) : undefined,
    signal: options.signal,
  });
  if (!response.ok) {
    if (response.status === 401) clearSession();
    throw await apiErrorFrom(response);
  }
  if (response.status === 204) return undefined as ContractResponse<C>;
  if (contract.produces && contract.produces !== "application/json") {
    return (await response.blob()) as ContractResponse<C>;
  }
  const data: unknown = await response.json();
  remember(contract, data);
  return data as ContractResponse<C>;
}
