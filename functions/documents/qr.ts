import QRCode from "qrcode";
import type { PaymentCode } from "./payment-code";

export * from "./payment-code";

/** The code as a PNG data URL, to embed in a PDF. */
export function qrPng(code: PaymentCode): Promise<string> {
  return QRCode.toDataURL(code.payload, { errorCorrectionLevel: code.errorCorrection, margin: 1, width: 240 });
}
