import { isValidNrb } from "../../../kernel/accounts/iban";
import { qrFieldError, requireText } from "./qr-error";

/** Input of the Polish bank association (ZBP) 2D code for a domestic transfer. */
export interface ZbpInput {
  /** Recipient's tax number (10 digits, checksummed); optional for recipients without one. */
  nip?: string;
  /** Account number, 26 digits (spaces allowed). */
  nrb: string;
  /** Grosze, 0 … 999 999 (the code holds exactly six digits). */
  amountMinor: number;
  /** ≤ 20 characters. */
  recipient: string;
  /** ≤ 32 characters. */
  title: string;
}

const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7];

/** Whether a Polish NIP (10 digits, dashes allowed) has a valid check digit. */
export function isValidNip(nip: string): boolean {
  const s = nip.replace(/[\s-]/g, "");
  if (!/^\d{10}$/.test(s)) return false;
  const sum = NIP_WEIGHTS.reduce((acc, w, i) => acc + w * Number(s[i]), 0);
  return sum % 11 !== 10 && sum % 11 === Number(s[9]);
}

function noSeparator(field: string, value: string): string {
  if (value.includes("|")) qrFieldError(field, "contains_separator");
  return value;
}

/**
 * `NIP|PL|NRB|AMOUNT|RECIPIENT|TITLE|||` — the three reserved fields stay empty. At most 160
 * characters; encode with error correction level L.
 */
export function zbpPayload(input: ZbpInput): string {
  const nip = input.nip === undefined ? "" : input.nip.replace(/[\s-]/g, "");
  if (nip !== "" && !isValidNip(nip)) qrFieldError("nip", "invalid", input.nip);
  const nrb = input.nrb.replace(/[\s\u00A0]/g, "");
  if (!isValidNrb(nrb)) qrFieldError("nrb", "invalid", input.nrb);
  if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor < 0 || input.amountMinor > 999_999) {
    qrFieldError("amountMinor", "out_of_range", String(input.amountMinor));
  }
  const recipient = noSeparator("recipient", requireText("recipient", input.recipient, 20));
  const title = noSeparator("title", requireText("title", input.title, 32));
  const amount = String(input.amountMinor).padStart(6, "0");
  const payload = `${nip}|PL|${nrb}|${amount}|${recipient}|${title}|||`;
  if ([...payload].length > 160) qrFieldError("payload", "max_length_160");
  return payload;
}
