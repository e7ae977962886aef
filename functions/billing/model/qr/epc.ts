import { isValidIban, isValidRfReference, normalizeIban } from "../../../kernel/accounts/iban";
import { formatMinorAsDecimal } from "../../../kernel/money";
import { qrFieldError, requireText } from "./qr-error";

/** Input of an EPC QR code (SEPA credit transfer, EPC069-12 version 002). */
export interface EpcInput {
  /** Optional in version 002 within the EEA. */
  bic?: string;
  /** Beneficiary name, ≤ 70 characters. */
  name: string;
  iban: string;
  /** Euro cents, 1 … 99 999 999 999. */
  amountMinor: number;
  currency: "EUR";
  /** ISO 20022 purpose code, 4 letters (e.g. "GDDS"). */
  purpose?: string;
  /** Structured creditor reference (ISO 11649 "RF…" or another scheme), ≤ 35; excludes `text`. */
  reference?: string;
  /** Unstructured remittance text, ≤ 140; excludes `reference`. */
  text?: string;
  /** Beneficiary-to-originator information, ≤ 70. */
  info?: string;
}

const MAX_EPC_CENTS = 99_999_999_999;

function checkEpc(input: EpcInput): void {
  if (input.currency !== "EUR") qrFieldError("currency", "eur_only", input.currency);
  if (input.bic !== undefined && !/^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(input.bic)) {
    qrFieldError("bic", "invalid", input.bic);
  }
  requireText("name", input.name, 70);
  if (!isValidIban(input.iban)) qrFieldError("iban", "invalid", input.iban);
  if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor < 1 || input.amountMinor > MAX_EPC_CENTS) {
    qrFieldError("amountMinor", "out_of_range", String(input.amountMinor));
  }
  if (input.purpose !== undefined && !/^[A-Z0-9]{4}$/.test(input.purpose))
    qrFieldError("purpose", "invalid", input.purpose);
  if (input.reference !== undefined && input.text !== undefined) qrFieldError("reference", "reference_xor_text");
  if (input.reference !== undefined) checkReference(input.reference);
  if (input.text !== undefined) requireText("text", input.text, 140);
  if (input.info !== undefined) requireText("info", input.info, 70);
  for (const [field, value] of Object.entries(input)) {
    if (typeof value === "string" && /[\r\n]/.test(value)) qrFieldError(field, "line_break");
  }
}

function checkReference(reference: string): void {
  requireText("reference", reference, 35);
  if (reference.toUpperCase().startsWith("RF") && !isValidRfReference(reference)) {
    qrFieldError("reference", "invalid_rf_checksum", reference);
  }
}

/**
 * The text of an EPC QR code: BCD / 002 / 1 (UTF-8) / SCT / BIC / name / IBAN / EUR amount /
 * purpose / reference / text / info, one per line, trailing empty lines dropped as the
 * standard allows. Encode with error correction level M.
 */
export function epcPayload(input: EpcInput): string {
  checkEpc(input);
  const lines = [
    "BCD",
    "002",
    "1",
    "SCT",
    input.bic ?? "",
    input.name,
    normalizeIban(input.iban),
    `EUR${formatMinorAsDecimal(input.amountMinor, "EUR")}`,
    input.purpose ?? "",
    input.reference === undefined ? "" : input.reference.replace(/\s/g, ""),
    input.text ?? "",
    input.info ?? "",
  ];
  while (lines.at(-1) === "") lines.pop();
  const payload = lines.join("\n");
  // The standard caps the whole payload at 331 bytes; long UTF-8 names can reach it.
  if (new TextEncoder().encode(payload).length > 331) qrFieldError("payload", "max_bytes_331");
  return payload;
}
