import jsQR from "jsqr";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { isValidIban, isValidNrb } from "../kernel/accounts/iban";
import { demoAssociations } from "../local/seed/demo-associations";
import type { AssociationProfile } from "../registry/associations";
import { type PaymentCode, paymentCode, qrPng } from "./qr";

/** Reads the QR code back from the PNG a receipt embeds, as a banking app's camera would. */
async function decode(code: PaymentCode): Promise<string> {
  const dataUrl = await qrPng(code);
  const png = PNG.sync.read(Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ""), "base64"));
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!found) throw new Error("no QR code found in the image");
  return Buffer.from(found.binaryData).toString("utf8");
}

const [ro, pl] = demoAssociations as [AssociationProfile, AssociationProfile];
const eur: AssociationProfile = { ...ro, associationId: "eur", currency: "EUR", country: "GENERIC" };
const ru: AssociationProfile = {
  ...ro,
  associationId: "ru",
  country: "RU",
  currency: "RUB",
  legalName: "ТСЖ «Берёзка», ул. Лесная 5",
  fiscalCode: "7707083893",
  bankAccounts: [
    {
      iban: "40702810138250123017",
      bankName: "ПАО Сбербанк",
      bic: "044525225",
      correspAccount: "30101810400000000225",
    },
  ],
};
const request = { amountMinor: 31_240, reference: "M7-012", period: "2026-11" };

describe("receipt payment codes decode to a valid payment in the profile's standard", () => {
  it("Romania (RON): the IBAN, the amount and the unit's payment reference", async () => {
    const code = paymentCode(ro, request);
    const lines = (await decode(code)).split("\n");
    expect(lines).toContain("RO49AAAA1B31007593840000");
    expect(isValidIban(lines[1] ?? "")).toBe(true);
    expect(lines).toContain("RON312.40");
    expect(lines).toContain("M7-012");
  });

  it("Poland (PLN): ZBP 2D with the NRB, the amount in grosze and the title", async () => {
    const code = paymentCode(pl, { ...request, reference: "R12-004" });
    const text = await decode(code);
    expect(text).toBe(code.payload);
    const fields = text.split("|");
    expect(fields[1]).toBe("PL");
    expect(isValidNrb(fields[2] ?? "")).toBe(true);
    expect(fields[3]).toBe("031240");
    expect(fields[5]).toContain("R12-004");
    expect(text.length).toBeLessThanOrEqual(160);
    expect(code.errorCorrection).toBe("L");
  });

  it("euro: EPC (SEPA) with BCD/002, the IBAN and EUR312.40", async () => {
    const code = paymentCode(eur, request);
    const lines = (await decode(code)).split("\n");
    expect(lines.slice(0, 4)).toEqual(["BCD", "002", "1", "SCT"]);
    expect(lines).toContain("RO49AAAA1B31007593840000");
    expect(lines).toContain("EUR312.40");
    expect(code.errorCorrection).toBe("M");
  });

  it("Russia (RUB): GOST R 56042-2014 with the account, BIC, sum in kopecks and the owner's account", async () => {
    const code = paymentCode(ru, request);
    const text = await decode(code);
    expect(text).toBe(code.payload);
    expect(text.startsWith("ST00012|Name=ТСЖ «Берёзка»")).toBe(true);
    for (const part of [
      "PersonalAcc=40702810138250123017",
      "BIC=044525225",
      "Sum=31240",
      "PersAcc=M7-012",
      "PayeeINN=7707083893",
    ]) {
      expect(text).toContain(part);
    }
  });
});
