/**
 * The HTTP API is split into route groups. CDK deploys each as its own Lambda behind one HTTP API
 * (routes `ANY <prefix>/{proxy+}` plus the exact paths); the local server serves them all.
 */
export const routeGroupNames = ["auth", "owner", "admin", "files"] as const;
export type RouteGroup = (typeof routeGroupNames)[number];

export interface RouteGroupSpec {
  /** Path prefixes owned by the group; every contract path of the group starts with one. */
  prefixes: readonly string[];
  /** Exact paths (no sub-paths) owned by the group. */
  exact: readonly string[];
}

export const routeGroups: Record<RouteGroup, RouteGroupSpec> = {
  auth: { prefixes: ["/api/auth", "/api/me"], exact: ["/api/health", "/api/openapi.json"] },
  owner: { prefixes: ["/api/owner"], exact: [] },
  admin: { prefixes: ["/api/admin"], exact: [] },
  files: { prefixes: ["/api/files"], exact: [] },
};

/** The group that serves a path, or undefined when no group owns it. */
export function routeGroupOf(path: string): RouteGroup | undefined {
  return routeGroupNames.find((name) => {
    const spec = routeGroups[name];
    return spec.exact.includes(path) || spec.prefixes.some((p) => path === p || path.startsWith(`${p}/`));
  });
}
