import { isValidIban, normalizeIban } from "../../../kernel/accounts/iban";
import { formatMinorAsDecimal } from "../../../kernel/money";
import type { Currency } from "../../../platform/model/schemas";
import { qrFieldError, requireText } from "./qr-error";

/** A plain transfer order for currencies without a standard QR layout (e.g. RON: RoPay has no public one). */
export interface IbanReferenceInput {
  name: string;
  iban: string;
  amountMinor: number;
  currency: Currency;
  /** The payment reference the bank-statement matcher looks for, ≤ 35. */
  reference: string;
}

/**
 * Plain text a phone camera shows as is, one field per line and without labels (the receipt
 * around the code labels them in the owner's language): name, IBAN, "RON312.40", reference.
 */
export function ibanReferencePayload(input: IbanReferenceInput): string {
  requireText("name", input.name, 70);
  if (!isValidIban(input.iban)) qrFieldError("iban", "invalid", input.iban);
  if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor < 1) {
    qrFieldError("amountMinor", "out_of_range", String(input.amountMinor));
  }
  requireText("reference", input.reference, 35);
  for (const [field, v] of Object.entries(input)) {
    if (typeof v === "string" && /[\r\n]/.test(v)) qrFieldError(field, "line_break");
  }
  const amount = `${input.currency}${formatMinorAsDecimal(input.amountMinor, input.currency)}`;
  return [input.name, normalizeIban(input.iban), amount, input.reference].join("\n");
}
