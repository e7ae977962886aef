/** A KMS error as the JSON 1.1 protocol carries it: HTTP 400 and `__type` naming the exception. */
export class KmsError extends Error {
  override readonly name = "KmsError";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A request that breaks KMS's parameter rules. */
export function kmsValidation(message: string): KmsError {
  return new KmsError("ValidationException", message);
}
