import type { AppDeps } from "../platform/deps";
import { notFound } from "../platform/errors";
import { type AssociationProfile, readAssociation } from "../registry/associations";
import { dayInZone } from "../registry/zoned-day";
import { readWindowRule } from "./meter-store";
import { type WindowRule, type WindowState, windowState } from "./model/window";

/** A calendar day (YYYY-MM-DD) in a time zone. */
export function dayIn(timezone: string, at: Date): string {
  return dayInZone(timezone, at);
}

/** The association, its window rule, today in its zone and the window's state today. */
export interface MeterContext {
  a: AssociationProfile;
  rule: WindowRule;
  today: string;
  window: WindowState & { mode: WindowRule["mode"] };
}

export async function meterContext(deps: AppDeps, associationId: string, at = deps.clock.now()): Promise<MeterContext> {
  const a = await readAssociation(deps, associationId);
  if (!a) throw notFound();
  return contextOf(deps, a, at);
}

export async function contextOf(deps: AppDeps, a: AssociationProfile, at: Date): Promise<MeterContext> {
  const rule = await readWindowRule(deps, a);
  const today = dayIn(a.timezone, at);
  return { a, rule, today, window: { ...windowState(rule, today), mode: rule.mode } };
}
