import { requireAssociation, todayIn } from "../billing/load-inputs";
import type { RouteContext } from "../platform/http/route";

/** The association and the day lists are aged on (`asOf`, default today in its zone). */
export async function agingScope(ctx: RouteContext, associationId: string, asOf: string | undefined) {
  const a = await requireAssociation(ctx.deps, associationId);
  return { a, asOf: asOf ?? todayIn(a.timezone, ctx.deps.clock.now()) };
}
