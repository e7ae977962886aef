import i18next from "i18next";
import { type ComponentType, lazy } from "react";

/** The translation namespace of the meter screens. */
export const METERS_NS = "meters";

/** A lazily loaded page whose `meters` texts load with its code, so it never flashes raw keys. */
export function lazyMetersPage<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  return lazy(async () => {
    const [module] = await Promise.all([load(), i18next.loadNamespaces(METERS_NS)]);
    return module;
  });
}

/** Links of the meter screens. */
export const meterPaths = {
  readings: (a: string, u: string) => `/a/${encodeURIComponent(a)}/u/${encodeURIComponent(u)}/meters`,
  history: (a: string, u: string, m: string) =>
    `/a/${encodeURIComponent(a)}/u/${encodeURIComponent(u)}/meters/${encodeURIComponent(m)}`,
  admin: (a: string) => `/a/${encodeURIComponent(a)}/admin/meters`,
  registry: (a: string) => `/a/${encodeURIComponent(a)}/admin/meters/registry`,
};
