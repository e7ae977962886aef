/**
 * One error model. Every error users can cause carries a stable code (`billing.period_closed`),
 * which is also its translation key; the HTTP status is decided in one place (`statusOf`).
 */
export const errorStatus = {
  "request.invalid": 400,
  "request.malformed_json": 400,
  "request.too_large": 413,
  "request.unsupported_media_type": 415,
  "auth.unauthenticated": 401,
  "auth.invalid_credentials": 401,
  "auth.csrf": 403,
  "auth.forbidden": 403,
  "auth.throttled": 429,
  not_found: 404,
  conflict: 409,
  method_not_allowed: 405,
  internal: 500,
  "service.starting": 503,
} as const satisfies Record<string, number>;

export type KnownErrorCode = keyof typeof errorStatus;

export interface FieldIssue {
  /** Dotted path of the field at fault, e.g. `units.3.area`. */
  path: string;
  /** Stable code of the problem; also its translation key under `field.`. */
  code: string;
  /** Values interpolated into the translated message (e.g. `{ min: 12 }`). */
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: string,
    readonly status: number,
    readonly fields: FieldIssue[] = [],
    readonly params: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    super(code, options);
  }
}

/** Builds an AppError whose status comes from the table above (or the given one for domain codes). */
export function appError(
  code: KnownErrorCode | string,
  opts: { status?: number; fields?: FieldIssue[]; params?: Record<string, string | number>; cause?: unknown } = {},
): AppError {
  const status = opts.status ?? statusOf(code);
  return new AppError(code, status, opts.fields ?? [], opts.params ?? {}, { cause: opts.cause });
}

/** HTTP status of a code: known codes map exactly; domain codes (`billing.*`) default to 422. */
export function statusOf(code: string): number {
  return (errorStatus as Record<string, number>)[code] ?? 422;
}

export const invalid = (fields: FieldIssue[]) => appError("request.invalid", { fields });
export const notFound = () => appError("not_found");
export const forbidden = () => appError("auth.forbidden");
