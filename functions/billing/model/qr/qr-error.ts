import { DomainError } from "../../../kernel/errors";

/** Throws `qr.invalid_field` naming the field and the rule it broke. */
export function qrFieldError(field: string, reason: string, value?: string): never {
  throw new DomainError("qr.invalid_field", value === undefined ? { field, reason } : { field, reason, value });
}

/** Requires `value` to be 1..max characters (code points, as QR readers count them). */
export function requireText(field: string, value: string, max: number, min = 1): string {
  const length = [...value].length;
  if (length < min) qrFieldError(field, "required");
  if (length > max) qrFieldError(field, `max_length_${max}`);
  return value;
}
