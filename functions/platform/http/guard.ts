import type { Context, MiddlewareHandler } from "hono";
import type { AppDeps } from "../deps";
import { appError } from "../errors";
import type { ItemKey } from "../keys";
import type { Actor, ResourceScope } from "../model/actor";
import { readSessionCookie } from "./cookies";
import { checkCsrf } from "./csrf";
import { nothingPrefetched, type Prefetched, prefetchedFrom, type Route } from "./route";

/** The identity domain plugs in here: how a session token becomes an actor, and who may do what. */
export interface AccessControl {
  /** The actor behind a session token, plus any extra items read in the same request. */
  authenticate(deps: AppDeps, token: string, extra: ItemKey[]): Promise<{ actor: Actor; items: ItemKey[] } | undefined>;
  authorize(actor: Actor, action: string, scope: ResourceScope): boolean;
  /** Records a denial in the audit log. */
  denied?(deps: AppDeps, actor: Actor, action: string, scope: ResourceScope): Promise<void>;
}

export type GuardEnv = { Variables: { actor: Actor | undefined; prefetched: Prefetched } };

/**
 * Runs before validation, so an anonymous caller learns nothing about input shapes: 401 for no
 * session, 403 for CSRF or policy, then 400 for bad input.
 */
export function guardFor(r: Route, deps: AppDeps, access: AccessControl): MiddlewareHandler<GuardEnv> {
  return async (c, next) => {
    const rule = r.contract.access;
    c.set("prefetched", nothingPrefetched);
    if (rule.kind === "webhook") {
      // No session and no CSRF token (a processor cannot send one, and no cookie is read, so
      // there is nothing to forge): the handler verifies the signature over the raw body.
      c.set("actor", undefined);
      return next();
    }
    if (rule.kind === "public") {
      checkCsrf(c, undefined, deps.config.appUrl);
      c.set("actor", undefined);
      return next();
    }
    const extra = prefetchKeys(c, r);
    const { actor, items } = await actorOf(c, deps, access, extra);
    checkCsrf(c, actor.csrfToken, deps.config.appUrl);
    if (rule.kind === "action" && actor.mustEnrollTotp) throw appError("identity.totp_required", { status: 403 });
    if (rule.kind === "action") {
      const scope = scopeOf(c);
      if (!access.authorize(actor, rule.action, scope)) {
        await access.denied?.(deps, actor, rule.action, scope);
        throw appError("auth.forbidden");
      }
    }
    c.set("actor", actor);
    c.set("prefetched", prefetchedFrom(items, extra));
    return next();
  };
}

async function actorOf(c: Context, deps: AppDeps, access: AccessControl, extra: ItemKey[]) {
  const token = readSessionCookie(c);
  const found = token ? await access.authenticate(deps, token, extra) : undefined;
  if (!found) throw appError("auth.unauthenticated");
  return found;
}

/** Prefetch only for well-formed params: anything else is refused by validation right after. */
function prefetchKeys(c: Context, r: Route): ItemKey[] {
  const params = c.req.param() as Record<string, string>;
  if (!r.prefetch || !r.contract.params?.safeParse(params).success) return [];
  return r.prefetch(params);
}

function scopeOf(c: Context): ResourceScope {
  const params = c.req.param() as Record<string, string>;
  return { associationId: params.associationId, unitId: params.unitId };
}
