import { AppError, appError } from "../platform/errors";
import { DomainError, type FieldError } from "./errors";

/** Keeps only the detail values a translated message may quote (strings and numbers). */
function paramsOf(details: Readonly<Record<string, unknown>>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(details)) if (typeof v === "string" || typeof v === "number") out[k] = v;
  return out;
}

/** A pure-core DomainError as the API's error: same code (also the translation key), status 422. */
export function fromDomain(error: unknown, field?: string): unknown {
  if (!(error instanceof DomainError)) return error;
  const params = paramsOf(error.details);
  const path = field ?? (typeof params.field === "string" ? params.field : undefined);
  const fields = path ? [{ path, code: error.code, params }] : [];
  return appError(error.code, { status: 422, params, fields });
}

/** Runs pure code and rethrows its DomainErrors as AppErrors (never a 500 for bad input). */
export async function domainGuard<T>(fn: () => T | Promise<T>, field?: string): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw fromDomain(error, field);
  }
}

/** 400 with every field problem at once, when any. */
export function throwIfIssues(issues: readonly FieldError[]): void {
  if (issues.length > 0) throw appError("request.invalid", { fields: [...issues] });
}

/** True for an AppError with the given code (tests and callers that tolerate one outcome). */
export function isAppError(error: unknown, code: string): boolean {
  return error instanceof AppError && error.code === code;
}
