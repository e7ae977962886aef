import { appError } from "../platform/errors";
import { actorOf, type RouteContext } from "../platform/http/route";
import { toMe } from "./me";
import { membershipsOf } from "./memberships";
import { loadPerson } from "./persons";

/** The signed-in user as `GET /api/me` answers it. */
export async function currentMe(ctx: RouteContext) {
  const actor = actorOf(ctx);
  const [person, memberships] = await Promise.all([
    loadPerson(ctx.deps, actor.personId),
    membershipsOf(ctx.deps, actor.personId),
  ]);
  if (!person) throw appError("auth.unauthenticated");
  return toMe(person, memberships, actor, ctx.deps.config.mailViewerUrl);
}
