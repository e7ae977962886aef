import type { AppDeps } from "../deps";
import type { ItemKey } from "../keys";
import type { Logger } from "../log";
import type { Actor } from "../model/actor";
import type { Locale } from "../model/schemas";
import type { Contract, ContractBody, ContractParams, ContractQuery, ContractResponse } from "./contract";

/** What a handler may do with the HTTP exchange besides returning a body. */
export interface HttpSide {
  setSessionCookie(token: string, maxAgeSeconds: number): void;
  clearSessionCookie(): void;
  sessionToken(): string | undefined;
  /** The signed device cookie set at a successful sign-in (it only changes throttling). */
  setDeviceCookie(value: string, maxAgeSeconds: number): void;
  deviceCookie(): string | undefined;
  clientAddress(): string;
  userAgent(): string;
  /** A request header (webhook signatures). */
  header(name: string): string | undefined;
  /** The request body exactly as received (webhook signatures are computed over these bytes). */
  rawBody(): Promise<string>;
}

/** Items read together with the session, in the same request to the table. */
export interface Prefetched {
  /** The item under `key`: undefined when it does not exist or was not prefetched. */
  get<T extends ItemKey>(key: ItemKey): T | undefined;
  /** Whether `key` was part of the prefetch (so "undefined" above means "does not exist"). */
  has(key: ItemKey): boolean;
}

export interface RouteContext {
  deps: AppDeps;
  prefetched: Prefetched;
  /** The signed-in person, present on every route whose access is not public. */
  actor: Actor | undefined;
  locale: Locale;
  requestId: string;
  log: Logger;
  http: HttpSide;
}

export interface RouteInput<C> {
  params: ContractParams<C>;
  query: ContractQuery<C>;
  body: ContractBody<C>;
}

/** A contract with its handler. Handlers return the response body, or a Response for files. */
export interface Route<C extends Contract = Contract> {
  contract: C;
  /**
   * Keys to read in the same BatchGetItem as the session (from the path's params), so a hot read
   * route costs one call to the table. Used only after the policy allows the request.
   */
  prefetch?: (params: Record<string, string>) => ItemKey[];
  handle(ctx: RouteContext, input: RouteInput<C>): Promise<ContractResponse<C> | Response>;
}

export function route<C extends Contract>(
  contract: C,
  handle: (ctx: RouteContext, input: RouteInput<C>) => Promise<ContractResponse<C> | Response>,
  opts: { prefetch?: (params: Record<string, string>) => ItemKey[] } = {},
): Route {
  return { contract, handle, ...opts } as unknown as Route;
}

export function prefetchedFrom(items: ItemKey[], requested: ItemKey[]): Prefetched {
  const id = (k: ItemKey) => `${k.pk}\u0000${k.sk}`;
  const found = new Map(items.map((i) => [id(i), i]));
  const asked = new Set(requested.map(id));
  return {
    get: <T extends ItemKey>(key: ItemKey) => found.get(id(key)) as T | undefined,
    has: (key) => asked.has(id(key)),
  };
}

export const nothingPrefetched: Prefetched = prefetchedFrom([], []);

/** The signed-in actor; routes with session/action access always have one. */
export function actorOf(ctx: RouteContext): Actor {
  if (!ctx.actor) throw new Error("route declared public but needs an actor");
  return ctx.actor;
}
