/**
 * The pure core's error: a stable code (`money.too_many_decimals`) plus details naming the field
 * at fault. Adapters map the code to an HTTP status and a translation key in one place, so the
 * core never knows about HTTP or languages.
 */
export class DomainError extends Error {
  override name = "DomainError";
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: string, details: Record<string, unknown> = {}) {
    super(`${code} ${JSON.stringify(details)}`);
    this.code = code;
    this.details = details;
  }
}

/** A validation problem on one field, for answers that list every problem at once. */
export interface FieldError {
  /** Dotted path of the field, e.g. `dueDate.days`. */
  path: string;
  /** Stable code, e.g. `registry.due_days_above_legal_max`. */
  code: string;
  /** Values a message may quote (the limit, the given value). */
  params?: Record<string, string | number>;
}
