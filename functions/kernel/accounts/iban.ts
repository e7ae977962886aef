/**
 * Bank account checksums used by the payment QR payloads: IBAN (ISO 13616, mod 97), the Polish
 * NRB (an IBAN without "PL") and the ISO 11649 creditor reference ("RF…", also mod 97).
 */

// Lengths for the countries Domus serves and their neighbours; others only get the generic check.
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  RO: 24,
  PL: 28,
  DE: 22,
  BE: 16,
  FR: 27,
  AT: 20,
  BG: 22,
  HU: 28,
  MD: 24,
  UA: 29,
  NL: 18,
  GB: 22,
  IT: 27,
  ES: 24,
};

/** Remainder mod 97 of an alphanumeric string read as digits, letters A=10 … Z=35. */
export function mod97(text: string): number {
  let rest = 0;
  for (const ch of text) {
    const value = Number.parseInt(ch, 36);
    // Two-digit letter values shift by 100, single digits by 10; the running remainder stays small.
    rest = value >= 10 ? (rest * 100 + value) % 97 : (rest * 10 + value) % 97;
  }
  return rest;
}

/** Removes spaces and upper-cases, the form IBANs are stored and put into QR codes in. */
export function normalizeIban(iban: string): string {
  return iban.replace(/[\s\u00A0]/g, "").toUpperCase();
}

/** Whether `iban` (spaces allowed) is well formed and passes the mod-97 check. */
export function isValidIban(iban: string): boolean {
  const s = normalizeIban(iban);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const expected = IBAN_LENGTHS[s.slice(0, 2)];
  if (expected !== undefined && s.length !== expected) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

/** Whether a Polish NRB (26 digits, spaces allowed) is valid: it is the IBAN without "PL". */
export function isValidNrb(nrb: string): boolean {
  const s = nrb.replace(/[\s\u00A0]/g, "");
  return /^\d{26}$/.test(s) && isValidIban(`PL${s}`);
}

/** Whether an ISO 11649 creditor reference ("RF18 5390 0754 7034") is valid. */
export function isValidRfReference(reference: string): boolean {
  const s = normalizeIban(reference);
  if (!/^RF\d{2}[A-Z0-9]{1,21}$/.test(s)) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}
