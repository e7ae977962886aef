/**
 * The DynamoDB JSON 1.0 wire shapes the local layer reads and writes. Attribute values stay opaque
 * (`{"S":"x"}`, `{"N":"1"}` …): the layer only copies them between requests, dynalite interprets them.
 */
export type AttributeValue = Record<string, unknown>;
export type Item = Record<string, AttributeValue>;

/** An error body as DynamoDB sends it, `__type` being `<namespace>#<Code>`. */
export interface DynamoErrorBody {
  __type: string;
  message?: string;
  [field: string]: unknown;
}

/** The outcome of one call to dynalite: the parsed success body, or the error it answered. */
export type DynamoResult<T> = { ok: true; value: T } | { ok: false; status: number; error: DynamoErrorBody };

/** A failure to hand back to the SDK unchanged (status and body). */
export class DynamoFailure extends Error {
  override readonly name = "DynamoFailure";
  constructor(
    readonly status: number,
    readonly body: DynamoErrorBody,
  ) {
    super(body.message ?? body.__type);
  }
}

const namespace = "com.amazonaws.dynamodb.v20120810";

/** The short code of an error (`ConditionalCheckFailedException`), as the SDK derives it. */
export function errorCode(error: DynamoErrorBody): string {
  return error.__type.split("#").pop() ?? error.__type;
}

/** A `ValidationException` worded the way DynamoDB words its own. */
export function validationError(message: string): DynamoFailure {
  return new DynamoFailure(400, { __type: "com.amazon.coral.validate#ValidationException", message });
}

/** Any other DynamoDB service error by short code. */
export function serviceError(code: string, message: string, extra: Record<string, unknown> = {}): DynamoFailure {
  return new DynamoFailure(400, { __type: `${namespace}#${code}`, message, ...extra });
}

/** Unwraps a result, turning dynalite's error into a failure to hand back as is. */
export function unwrap<T>(result: DynamoResult<T>): T {
  if (result.ok) return result.value;
  throw new DynamoFailure(result.status, result.error);
}
