import { type RouteGroup, routeGroups } from "../../../functions/platform/http/route-groups";
import { routePathsOf } from "../../../lib/constructs/http-api";

/** What API Gateway's HTTP API hands a Lambda integration (payload format 2.0). */
export interface HttpApiEvent {
  version: "2.0";
  routeKey: string;
  rawPath: string;
  rawQueryString: string;
  cookies?: string[];
  headers: Record<string, string>;
  queryStringParameters?: Record<string, string>;
  pathParameters?: Record<string, string>;
  requestContext: {
    accountId: string;
    apiId: string;
    domainName: string;
    domainPrefix: string;
    http: { method: string; path: string; protocol: string; sourceIp: string; userAgent: string };
    requestId: string;
    routeKey: string;
    stage: string;
    time: string;
    timeEpoch: number;
  };
  body?: string;
  isBase64Encoded: boolean;
}

/** What the function answers (payload format 2.0). */
export interface HttpApiResult {
  statusCode: number;
  headers?: Record<string, string>;
  cookies?: string[];
  body?: string;
  isBase64Encoded?: boolean;
}

const apiId = "bundletest";
const domainName = `${apiId}.execute-api.eu-central-1.amazonaws.com`;
let requests = 0;

/**
 * The route key API Gateway matched (`ANY /api/owner/{proxy+}` or an exact path), from the same
 * route table CDK declares (routePathsOf), and the `proxy` path parameter it fills.
 */
function matchRoute(group: RouteGroup, path: string): { routeKey: string; proxy?: string } {
  if (routeGroups[group].exact.includes(path) || routeGroups[group].prefixes.includes(path)) {
    return { routeKey: `ANY ${path}` };
  }
  const prefix = routePathsOf(group)
    .filter((p) => p.endsWith("/{proxy+}"))
    .map((p) => p.slice(0, -"/{proxy+}".length))
    .find((p) => path.startsWith(`${p}/`));
  if (!prefix) throw new Error(`no ${group} route matches ${path}`);
  return { routeKey: `ANY ${prefix}/{proxy+}`, proxy: path.slice(prefix.length + 1) };
}

/** An HTTP API v2 event for one request, as API Gateway builds it (cookies apart, headers lower-case). */
export function httpApiEvent(
  group: RouteGroup,
  request: { method: string; url: string; headers: Record<string, string>; body?: string },
): HttpApiEvent {
  const url = new URL(request.url, "https://placeholder");
  const { routeKey, proxy } = matchRoute(group, url.pathname);
  const headers: Record<string, string> = { host: domainName };
  let cookies: string[] | undefined;
  for (const [name, value] of Object.entries(request.headers)) {
    if (name.toLowerCase() === "cookie") cookies = value.split(/;\s*/);
    else headers[name.toLowerCase()] = value;
  }
  const query = Object.fromEntries(url.searchParams);
  const now = Date.now();
  requests += 1;
  return {
    version: "2.0",
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.replace(/^\?/, ""),
    ...(cookies ? { cookies } : {}),
    headers,
    ...(Object.keys(query).length > 0 ? { queryStringParameters: query } : {}),
    ...(proxy ? { pathParameters: { proxy } } : {}),
    requestContext: {
      accountId: "123456789012",
      apiId,
      domainName,
      domainPrefix: apiId,
      http: {
        method: request.method,
        path: url.pathname,
        protocol: "HTTP/1.1",
        sourceIp: "198.51.100.7",
        userAgent: headers["user-agent"] ?? "bundle-test",
      },
      requestId: `req-${requests}`,
      routeKey,
      stage: "$default",
      time: new Date(now).toUTCString(),
      timeEpoch: now,
    },
    ...(request.body === undefined ? {} : { body: request.body }),
    isBase64Encoded: false,
  };
}
