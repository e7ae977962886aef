import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import type { AppDeps } from "../deps";
import { appError } from "../errors";
import { negotiateLocale } from "../i18n";
import type { Locale } from "../model/schemas";
import type { Contract } from "./contract";
import {
  clearSessionCookie,
  readDeviceCookie,
  readSessionCookie,
  writeDeviceCookie,
  writeSessionCookie,
} from "./cookies";
import { errorBody, fieldIssuesOf, toAppError } from "./error-response";
import { type AccessControl, type GuardEnv, guardFor } from "./guard";
import { jsonBodyOnly } from "./json-body";
import { openApiDocument, openApiRouteOf } from "./openapi";
import type { Route, RouteContext } from "./route";
import { securityHeaders } from "./security-headers";

export interface AppOptions {
  deps: AppDeps;
  routes: Route[];
  /** Every contract of the whole API, for the OpenAPI document (a Lambda serves only its group). */
  allContracts: Contract[];
  access: AccessControl;
  /** How to read the caller's address in this runtime (Lambda event, Node socket). */
  addressOf?: (c: Context) => string;
  /** Extra CSP connect-src entries, e.g. the documents bucket in AWS. */
  connectSrc?: string[];
  maxBodyBytes?: number;
}

type Env = GuardEnv & { Variables: { requestId: string; locale: Locale } };

/** The Domus HTTP app: the same object answers in Lambda, on the local server and in tests. */
export function createHttpApp(opts: AppOptions): OpenAPIHono<Env> {
  const { deps } = opts;
  const app = new OpenAPIHono<Env>({
    defaultHook: (result) => {
      if (!result.success) throw appError("request.invalid", { fields: fieldIssuesOf(result.error) });
    },
  });
  app.use("*", securityHeaders(opts.connectSrc));
  app.use("*", async (c, next) => {
    c.set("requestId", c.req.header("x-request-id")?.slice(0, 64) ?? deps.ids.next("r"));
    c.set("locale", negotiateLocale(c.req.header("accept-language")));
    await next();
    c.res.headers.set("x-request-id", c.get("requestId"));
  });
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: opts.maxBodyBytes ?? 256 * 1024,
      onError: () => {
        throw appError("request.too_large");
      },
    }),
  );
  for (const r of opts.routes) mount(app, r, opts);
  const document = () => openApiDocument(opts.allContracts);
  app.get("/api/openapi.json", (c) => c.json(document()));
  app.notFound((c) => c.json(errorBody(appError("not_found"), c.get("locale") ?? "en"), 404));
  app.onError((error, c) => respondWithError(error, c, deps));
  return app;
}

function mount(app: OpenAPIHono<Env>, r: Route, opts: AppOptions) {
  const { contract } = r;
  const guard = guardFor(r, opts.deps, opts.access);
  const config = { ...openApiRouteOf(contract), middleware: contract.body ? [guard, jsonBodyOnly] : [guard] };
  app.openapi(config, async (c) => {
    const ctx = routeContext(c, opts);
    const input = {
      params: contract.params ? c.req.valid("param" as never) : undefined,
      query: contract.query ? c.req.valid("query" as never) : undefined,
      body: contract.body ? c.req.valid("json" as never) : undefined,
    };
    const out = await r.handle(ctx, input as never);
    if (out instanceof Response) return out;
    // Parsing the answer strips any field the contract does not promise (responses shaped per contract).
    const shaped = contract.response.parse(out);
    return c.json(shaped as object, (contract.status ?? 200) as 200);
  });
}

function routeContext(c: Context<Env>, opts: AppOptions): RouteContext {
  const { deps } = opts;
  const actor = c.get("actor");
  return {
    deps,
    actor,
    prefetched: c.get("prefetched"),
    locale: c.get("locale"),
    requestId: c.get("requestId"),
    log: deps.log.child({ requestId: c.get("requestId") }),
    http: {
      setSessionCookie: (token, maxAge) => writeSessionCookie(c, token, maxAge),
      clearSessionCookie: () => clearSessionCookie(c),
      sessionToken: () => readSessionCookie(c),
      setDeviceCookie: (value, maxAge) => writeDeviceCookie(c, value, maxAge),
      deviceCookie: () => readDeviceCookie(c),
      clientAddress: () => opts.addressOf?.(c) ?? "unknown",
      userAgent: () => c.req.header("user-agent")?.slice(0, 200) ?? "",
      header: (name) => c.req.header(name),
      rawBody: () => c.req.text(),
    },
  };
}

/** What the framework's own refusals (body limit, JSON parsing, media type) mean in Domus codes. */
const httpExceptionCodes: Record<number, string> = {
  400: "request.malformed_json",
  413: "request.too_large",
  415: "request.unsupported_media_type",
};

function respondWithError(error: unknown, c: Context<Env>, deps: AppDeps) {
  const locale = c.get("locale") ?? "en";
  let appErr = toAppError(error);
  if (error instanceof HTTPException) {
    appErr = appError(httpExceptionCodes[error.status] ?? "request.invalid");
  }
  const log = deps.log.child({ requestId: c.get("requestId") });
  if (appErr.status >= 500)
    log.error("request failed", {
      path: c.req.path,
      errorName: (error as Error)?.name,
      cause: String((error as Error)?.message).slice(0, 300),
    });
  else log.info("request refused", { path: c.req.path, errorCode: appErr.code, status: appErr.status });
  if (appErr.code === "auth.throttled") c.header("Retry-After", String(appErr.params.seconds ?? 60));
  return c.json(errorBody(appErr, locale), appErr.status as 400);
}
