import type { Context, MiddlewareHandler } from "hono";
import type { AppDeps } from "../deps";
import { appError } from "../errors";
import type { Actor, ResourceScope } from "../model/actor";
import type { Contract } from "./contract";
import { readSessionCookie } from "./cookies";
import { checkCsrf } from "./csrf";

/** The identity domain plugs in here: how a session token becomes an actor, and who may do what. */
export interface AccessControl {
  authenticate(deps: AppDeps, token: string): Promise<Actor | undefined>;
  authorize(actor: Actor, action: string, scope: ResourceScope): boolean;
  /** Records a denial in the audit log. */
  denied?(deps: AppDeps, actor: Actor, action: string, scope: ResourceScope): Promise<void>;
}

export type GuardEnv = { Variables: { actor: Actor | undefined } };

/**
 * Runs before validation, so an anonymous caller learns nothing about input shapes: 401 for no
 * session, 403 for CSRF or policy, then 400 for bad input.
 */
export function guardFor(contract: Contract, deps: AppDeps, access: AccessControl): MiddlewareHandler<GuardEnv> {
  return async (c, next) => {
    const rule = contract.access;
    if (rule.kind === "public") {
      checkCsrf(c, undefined, deps.config.appUrl);
      c.set("actor", undefined);
      return next();
    }
    const actor = await actorOf(c, deps, access);
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
    return next();
  };
}

async function actorOf(c: Context, deps: AppDeps, access: AccessControl): Promise<Actor> {
  const token = readSessionCookie(c);
  const actor = token ? await access.authenticate(deps, token) : undefined;
  if (!actor) throw appError("auth.unauthenticated");
  return actor;
}

function scopeOf(c: Context): ResourceScope {
  const params = c.req.param() as Record<string, string>;
  return { associationId: params.associationId, unitId: params.unitId };
}
