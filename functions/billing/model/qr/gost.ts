import { isValidRuAccount, isValidRuCorrespAccount } from "../../../kernel/accounts/ru-accounts";
import { qrFieldError, requireText } from "./qr-error";

/** Input of a Russian payment QR code (GOST R 56042-2014), UTF-8 variant. */
export interface GostInput {
  /** Payee name, ≤ 160. */
  name: string;
  /** Payee settlement account, 20 digits. */
  personalAcc: string;
  /** ≤ 45. */
  bankName: string;
  /** 9 digits. */
  bic: string;
  /** Correspondent account, 20 digits. */
  correspAcc: string;
  /** Payee INN, 10 (organisation) or 12 (person) digits. */
  payeeInn?: string;
  /** The payer's personal account (лицевой счёт), ≤ 30. */
  persAcc?: string;
  /** Kopecks; up to 18 digits. */
  sumMinor?: number;
  /** Billing period as MMYYYY, e.g. "102025". */
  paymPeriod?: string;
  /** ≤ 210. */
  purpose?: string;
}

function value(field: string, text: string, max: number): string {
  requireText(field, text, max);
  // "|" separates fields; a line break would end the code for some readers.
  if (/[|\r\n]/.test(text)) qrFieldError(field, "contains_separator");
  return text;
}

function checkAccounts(input: GostInput): void {
  if (!/^\d{9}$/.test(input.bic)) qrFieldError("bic", "invalid", input.bic);
  if (!isValidRuCorrespAccount(input.bic, input.correspAcc)) qrFieldError("correspAcc", "invalid", input.correspAcc);
  if (!isValidRuAccount(input.bic, input.personalAcc)) qrFieldError("personalAcc", "invalid", input.personalAcc);
  if (input.payeeInn !== undefined && !/^(\d{10}|\d{12})$/.test(input.payeeInn)) {
    qrFieldError("payeeInn", "invalid", input.payeeInn);
  }
}

function optionalFields(input: GostInput): string[] {
  const out: string[] = [];
  if (input.payeeInn !== undefined) out.push(`PayeeINN=${input.payeeInn}`);
  if (input.persAcc !== undefined) out.push(`PersAcc=${value("persAcc", input.persAcc, 30)}`);
  if (input.sumMinor !== undefined) {
    if (!Number.isSafeInteger(input.sumMinor) || input.sumMinor < 0) qrFieldError("sumMinor", "out_of_range");
    out.push(`Sum=${input.sumMinor}`);
  }
  if (input.paymPeriod !== undefined) {
    if (!/^(0[1-9]|1[0-2])\d{4}$/.test(input.paymPeriod)) qrFieldError("paymPeriod", "invalid", input.paymPeriod);
    out.push(`PaymPeriod=${input.paymPeriod}`);
  }
  if (input.purpose !== undefined) out.push(`Purpose=${value("purpose", input.purpose, 210)}`);
  return out;
}

/**
 * `ST00012|Name=…|PersonalAcc=…|BankName=…|BIC=…|CorrespAcc=…` then the optional fields:
 * "0001" is the format version, "2" means UTF-8, "|" the separator.
 */
export function gostPayload(input: GostInput): string {
  checkAccounts(input);
  const required = [
    `Name=${value("name", input.name, 160)}`,
    `PersonalAcc=${input.personalAcc}`,
    `BankName=${value("bankName", input.bankName, 45)}`,
    `BIC=${input.bic}`,
    `CorrespAcc=${input.correspAcc}`,
  ];
  return ["ST00012", ...required, ...optionalFields(input)].join("|");
}
