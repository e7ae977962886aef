import { type RouteGroup, routeGroupOf } from "../../../functions/platform/http/route-groups";
import { type ApiAnswer, ApiClient } from "../../integration/support/client";
import { type HttpApiResult, httpApiEvent } from "./http-api-event";
import type { LambdaProcess } from "./lambda-process";

/**
 * The integration tests' client (session cookie, CSRF token, Accept-Language), but every request
 * goes as an HTTP API v2 event to the bundle of the route group that owns its path, as API
 * Gateway routes it. Binary bodies (PDFs, spreadsheets) come back as latin1 text, byte for byte.
 */
export class LambdaApiClient extends ApiClient {
  constructor(
    private readonly lambdas: Record<RouteGroup, LambdaProcess>,
    /** What CloudFront adds on the way (the origin secret, the viewer's address). */
    private readonly edgeHeaders: Record<string, string>,
    locale = "en",
  ) {
    super("", locale);
  }

  override async call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<ApiAnswer<T>> {
    const group = routeGroupOf(path.split("?")[0] ?? path);
    if (!group) throw new Error(`no route group serves ${path}`);
    const headers: Record<string, string> = { ...this.edgeHeaders, "accept-language": this.locale };
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== "GET") headers["x-csrf-token"] = this.csrf;
    if (body !== undefined) headers["content-type"] = "application/json";
    Object.assign(headers, extraHeaders);
    const text = body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
    const event = httpApiEvent(group, { method, url: path, headers, body: text });
    const result = await this.lambdas[group].invoke<HttpApiResult>(event);
    return this.answerOf<T>(result);
  }

  private answerOf<T>(result: HttpApiResult): ApiAnswer<T> {
    const session = result.cookies?.find((c) => c.startsWith("__Host-domus-session="));
    if (session) {
      const value = session.split(";")[0] ?? "";
      this.cookie = value.endsWith("=") ? undefined : value;
    }
    const headers = new Headers(result.headers ?? {});
    const raw = result.body ?? "";
    const text = result.isBase64Encoded ? Buffer.from(raw, "base64").toString("latin1") : raw;
    const parsed = text && headers.get("content-type")?.includes("json") ? JSON.parse(text) : text;
    return { status: result.statusCode, body: parsed as T, headers };
  }
}
