/**
 * A small HTTP client that behaves like the web app: keeps the session cookie, echoes the CSRF
 * token on state-changing requests and sends Accept-Language.
 */
export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export class ApiClient {
  cookie: string | undefined;
  /** The device cookie a successful sign-in leaves (`name=value`), sent back like a browser would. */
  device: string | undefined;
  csrf = "anonymous";

  constructor(
    readonly baseUrl: string,
    public locale = "en",
  ) {}

  async call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<ApiAnswer<T>> {
    const headers: Record<string, string> = { "accept-language": this.locale };
    const cookies = [this.cookie, this.device].filter(Boolean);
    if (cookies.length > 0) headers.cookie = cookies.join("; ");
    if (method !== "GET") headers["x-csrf-token"] = this.csrf;
    if (body !== undefined) headers["content-type"] = "application/json";
    Object.assign(headers, extraHeaders);
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    for (const setCookie of res.headers.getSetCookie()) {
      const value = setCookie.split(";")[0] ?? "";
      const kept = value.endsWith("=") ? undefined : value;
      if (setCookie.startsWith("__Host-domus-session=")) this.cookie = kept;
      if (setCookie.startsWith("__Host-domus-device=")) this.device = kept;
    }
    const text = await res.text();
    const parsed = text && res.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text;
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get<T = Record<string, unknown>>(path: string) {
    return this.call<T>("GET", path);
  }

  post<T = Record<string, unknown>>(path: string, body?: unknown) {
    return this.call<T>("POST", path, body ?? {});
  }

  async signIn(email: string, password = "domus-demo-2026") {
    const answer = await this.post<{ csrfToken: string }>("/api/auth/sign-in", { email, password });
    if (answer.status === 200) this.csrf = answer.body.csrfToken;
    return answer;
  }
}
