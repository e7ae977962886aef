import { epcPayload } from "../billing/model/qr/epc";
import { gostPayload } from "../billing/model/qr/gost";
import { ibanReferencePayload } from "../billing/model/qr/iban-reference";
import { isValidNip, zbpPayload } from "../billing/model/qr/zbp";
import { DomainError } from "../kernel/errors";
import type { AssociationProfile } from "../registry/associations";
import { type QrStandard, qrStandardFor } from "../registry/model/country-profiles";
import { effectiveProfile } from "../registry/profile";

/** What a receipt's payment code pays: this unit's amount, with its reference, into the association's account. */
export interface PaymentRequest {
  amountMinor: number;
  reference: string;
  period: string;
}

/** The QR payload in the standard of the association's profile, and the standard's error-correction level. */
export interface PaymentCode {
  standard: QrStandard;
  payload: string;
  errorCorrection: "L" | "M";
}

const cut = (text: string, max: number) => [...text].slice(0, max).join("").trim();

/**
 * The payment code, or undefined when the standard cannot hold this payment (ZBP's amount has six
 * digits: a Polish debtor may owe more than 9,999.99 zł). The transfer details printed beside the
 * code still stand, so the code is left out rather than the whole document failing.
 */
export function paymentCodeIfPossible(a: AssociationProfile, p: PaymentRequest): PaymentCode | undefined {
  try {
    return paymentCode(a, p);
  } catch (error) {
    if (error instanceof DomainError && error.code === "qr.invalid_field") return undefined;
    throw error;
  }
}

/** Builds the payload for the profile's standard: EPC (EUR), ZBP (PLN), GOST (RUB), IBAN + reference (RON). */
export function paymentCode(a: AssociationProfile, p: PaymentRequest): PaymentCode {
  const bank = a.bankAccounts[0];
  if (!bank) throw new Error("association without a bank account");
  const standard = qrStandardFor(effectiveProfile(a), a.currency);
  const title = cut(`${p.reference} ${p.period}`, 32);
  if (standard === "zbp") {
    const nip = isValidNip(a.fiscalCode) ? a.fiscalCode : undefined;
    const nrb = bank.iban.replace(/^PL/, "");
    return {
      standard,
      errorCorrection: "L",
      payload: zbpPayload({ nip, nrb, amountMinor: p.amountMinor, recipient: cut(a.name, 20), title }),
    };
  }
  if (standard === "epc") {
    return {
      standard,
      errorCorrection: "M",
      payload: epcPayload({
        bic: bank.bic,
        name: cut(a.legalName, 70),
        iban: bank.iban,
        amountMinor: p.amountMinor,
        currency: "EUR",
        text: title,
      }),
    };
  }
  if (standard === "gost") {
    const [m = "", y = ""] = [p.period.slice(5, 7), p.period.slice(0, 4)];
    const payeeInn = /^(\d{10}|\d{12})$/.test(a.fiscalCode) ? a.fiscalCode : undefined;
    return {
      standard,
      errorCorrection: "M",
      payload: gostPayload({
        name: cut(a.legalName, 160),
        personalAcc: bank.iban,
        bankName: cut(bank.bankName, 45),
        bic: bank.bic ?? "",
        correspAcc: bank.correspAccount ?? "",
        payeeInn,
        persAcc: p.reference,
        sumMinor: p.amountMinor,
        paymPeriod: `${m}${y}`,
        purpose: title,
      }),
    };
  }
  return {
    standard,
    errorCorrection: "M",
    payload: ibanReferencePayload({
      name: cut(a.name, 70),
      iban: bank.iban,
      amountMinor: p.amountMinor,
      currency: a.currency,
      reference: p.reference,
    }),
  };
}
