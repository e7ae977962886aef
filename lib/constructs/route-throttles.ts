import type { RouteGroup } from "../../functions/platform/http/route-groups";

/** Requests per second (steady) and burst of one route, across all callers. */
export interface Throttle {
  rateLimit: number;
  burstLimit: number;
}

export interface RouteThrottle extends Throttle {
  method: "POST";
  /** An API path exactly as the contract declares it (API Gateway matches `{param}` segments). */
  path: string;
  group: RouteGroup;
}

/**
 * Everything without its own entry below — reads above all — shares this budget. API Gateway's
 * throttles count all callers together; the per-address limits are the WAF's (lib/constructs/web-acl.ts).
 */
export const stageThrottle: Throttle = { rateLimit: 200, burstLimit: 400 };

/** Guessing passwords and codes: tight, far above what people signing in need. */
const credentials: Throttle = { rateLimit: 20, burstLimit: 40 };
/** Each call sends an email or creates an account. */
const mailing: Throttle = { rateLimit: 5, burstLimit: 10 };
/** Each call signs an upload URL for a file that lands in the documents bucket. */
const uploads: Throttle = { rateLimit: 10, burstLimit: 20 };
/** Imports parse up to 256 KB and write many items. */
const imports: Throttle = { rateLimit: 5, burstLimit: 10 };

const admin = "/api/admin/associations/{associationId}";

/** Routes with a budget of their own; each becomes an explicit route key of the HTTP API. */
export const routeThrottles: RouteThrottle[] = [
  { method: "POST", path: "/api/auth/sign-in", group: "auth", ...credentials },
  { method: "POST", path: "/api/auth/sign-in/totp", group: "auth", ...credentials },
  { method: "POST", path: "/api/auth/password-reset", group: "auth", ...mailing },
  { method: "POST", path: "/api/auth/password-reset/complete", group: "auth", ...credentials },
  { method: "POST", path: "/api/auth/invitations/accept", group: "auth", ...mailing },
  { method: "POST", path: "/api/auth/activate", group: "auth", ...mailing },
  {
    method: "POST",
    path: "/api/owner/associations/{associationId}/units/{unitId}/meters/{meterId}/photo",
    group: "owner",
    ...uploads,
  },
  { method: "POST", path: `${admin}/units/{unitId}/debt-case/documents/upload-url`, group: "admin", ...uploads },
  { method: "POST", path: `${admin}/units/import`, group: "admin", ...imports },
  { method: "POST", path: `${admin}/bank-statements`, group: "admin", ...imports },
  { method: "POST", path: `${admin}/meter-readings/import`, group: "admin", ...imports },
];

export const routeKeyOf = (t: RouteThrottle) => `${t.method} ${t.path}`;
