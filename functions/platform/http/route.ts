import type { AppDeps } from "../deps";
import type { Logger } from "../log";
import type { Actor } from "../model/actor";
import type { Locale } from "../model/schemas";
import type { Contract, ContractBody, ContractParams, ContractQuery, ContractResponse } from "./contract";

/** What a handler may do with the HTTP exchange besides returning a body. */
export interface HttpSide {
  setSessionCookie(token: string, maxAgeSeconds: number): void;
  clearSessionCookie(): void;
  sessionToken(): string | undefined;
  clientAddress(): string;
  userAgent(): string;
}

export interface RouteContext {
  deps: AppDeps;
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
  handle(ctx: RouteContext, input: RouteInput<C>): Promise<ContractResponse<C> | Response>;
}

export function route<C extends Contract>(
  contract: C,
  handle: (ctx: RouteContext, input: RouteInput<C>) => Promise<ContractResponse<C> | Response>,
): Route {
  return { contract, handle } as unknown as Route;
}

/** The signed-in actor; routes with session/action access always have one. */
export function actorOf(ctx: RouteContext): Actor {
  if (!ctx.actor) throw new Error("route declared public but needs an actor");
  return ctx.actor;
}
