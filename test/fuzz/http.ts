import { Agent, request } from "node:http";

/**
 * A raw HTTP client: `fetch` would normalise `%2e%2e` segments and refuse odd bodies before they
 * leave, so the fuzzer writes the request line and the bytes itself. Keeps a session like the web
 * app does (cookie, CSRF token echoed on state changes).
 */
export interface Session {
  cookie?: string;
  csrf: string;
}

export interface RawAnswer {
  status: number;
  contentType: string;
  /** The body as text when it is textual (JSON, CSV, HTML, plain); binary bodies stay empty. */
  text: string;
  bytes: number;
}

// No keep-alive: a server that answers 413 before reading a body closes the socket, and a reused
// socket would then fail the next request with a client-side "socket hang up".
const agent = new Agent({ keepAlive: false, maxSockets: 8 });
const textual = /json|text|csv|html|xml|javascript/i;

export function send(
  baseUrl: string,
  session: Session,
  req: { method: string; path: string; contentType?: string; body?: string; headers?: Record<string, string> },
): Promise<RawAnswer> {
  const base = new URL(baseUrl);
  const headers: Record<string, string> = { "accept-language": "en" };
  if (session.cookie) headers.cookie = session.cookie;
  if (req.method !== "GET") headers["x-csrf-token"] = session.csrf;
  if (req.contentType) headers["content-type"] = req.contentType;
  const payload = req.body === undefined ? undefined : Buffer.from(req.body, "utf8");
  if (payload) headers["content-length"] = String(payload.length);
  Object.assign(headers, req.headers);
  return new Promise((resolve, reject) => {
    const call = request(
      { host: base.hostname, port: base.port, method: req.method, path: req.path, headers, agent, timeout: 60_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          keepSession(session, res.headers["set-cookie"]);
          const contentType = String(res.headers["content-type"] ?? "");
          const all = Buffer.concat(chunks);
          const text = textual.test(contentType) || contentType === "" ? all.toString("utf8") : "";
          resolve({ status: res.statusCode ?? 0, contentType, text, bytes: all.length });
        });
        res.on("error", reject);
      },
    );
    call.on("timeout", () => call.destroy(new Error(`timeout on ${req.method} ${req.path.slice(0, 200)}`)));
    call.on("error", reject);
    call.end(payload);
  });
}

function keepSession(session: Session, setCookie: string[] | undefined): void {
  const cookie = setCookie?.find((c) => c.startsWith("__Host-domus-session="));
  if (!cookie) return;
  const value = cookie.split(";")[0] ?? "";
  session.cookie = value.endsWith("=") ? undefined : value;
}

export function closeConnections(): void {
  agent.destroy();
}
