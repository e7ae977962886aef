import i18next from "i18next";
import { type ComponentType, lazy } from "react";

/** The translation namespace of the billing and owner-account screens. */
export const BILLING_NS = "billing";

/**
 * A lazily loaded page whose texts are ready when it first renders: the page's code and the
 * `billing` namespace load in parallel, so the page never flashes raw keys.
 */
// biome-ignore lint/suspicious/noExplicitAny: page props vary per page
export function lazyPage<P extends Record<string, any>>(load: () => Promise<{ default: ComponentType<P> }>) {
  return lazy(async () => {
    const [module] = await Promise.all([load(), i18next.loadNamespaces(BILLING_NS)]);
    return module;
  });
}
