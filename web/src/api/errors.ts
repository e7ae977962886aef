/** One field at fault in a rejected request, already translated by the server. */
export interface ApiFieldError {
  path: string;
  code: string;
  message: string;
}

/**
 * A non-2xx answer of the API (or a network failure, `status` 0). `message` is already in the
 * user's language (the server reads Accept-Language); it may be empty when the answer had no body.
 */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: ApiFieldError[] = [],
    /** Seconds to wait before trying again (429 `Retry-After`). */
    readonly retryAfter?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** The session is missing or expired. */
  get unauthenticated(): boolean {
    return this.status === 401 && this.code !== "auth.invalid_credentials";
  }
}

/** Seconds from a `Retry-After` header: delta-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function fieldsOf(value: unknown): ApiFieldError[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((f) => ({
    path: String(f.path ?? ""),
    code: String(f.code ?? ""),
    message: String(f.message ?? ""),
  }));
}

/** Turns an error answer into an ApiError, tolerating bodies that are not the error envelope. */
export async function apiErrorFrom(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  const code = typeof error.code === "string" ? error.code : `http.${response.status}`;
  const message = typeof error.message === "string" ? error.message : "";
  return new ApiError(response.status, code, message, fieldsOf(error.fields), retryAfter);
}
