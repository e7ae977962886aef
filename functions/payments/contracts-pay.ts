import { z } from "zod";
import { defineContract } from "../platform/http/contract";
import { currencySchema, minorSchema, unitParams } from "../platform/model/schemas";

/** What an owner needs to pay by bank transfer: no card processor holds the money. */
export const payNowContract = defineContract({
  id: "owner.payNow",
  group: "owner",
  method: "get",
  path: "/api/owner/associations/{associationId}/units/{unitId}/pay",
  summary:
    "Transfer details to pay a unit's open amount: payee, IBAN, reference, amount; the card fee when a processor is enabled",
  access: { kind: "action", action: "account.read" },
  params: unitParams,
  response: z.object({
    currency: currencySchema,
    amountMinor: minorSchema,
    creditMinor: minorSchema,
    payee: z.string(),
    iban: z.string(),
    bankName: z.string(),
    reference: z.string(),
    unitNumber: z.string(),
    /** Whether the payment QR can be shown: a standard's limit (ZBP: 9,999.99 zł) may leave it out. */
    qrAvailable: z.boolean(),
    /** A licensed card processor is configured and enabled for the association. */
    cardAvailable: z.boolean(),
    /** The card fee and total for the open amount, shown before paying (when card is available). */
    cardQuote: z.object({ amountMinor: minorSchema, feeMinor: minorSchema, totalMinor: minorSchema }).optional(),
  }),
});

export const payQrFile = defineContract({
  id: "documents.payQr",
  group: "files",
  method: "get",
  path: "/api/files/associations/{associationId}/units/{unitId}/pay-qr",
  summary: "The payment QR code (PNG) for a unit's open amount, in the standard of the association's country",
  access: { kind: "action", action: "account.read" },
  params: unitParams,
  response: z.string(),
  produces: "image/png",
});
