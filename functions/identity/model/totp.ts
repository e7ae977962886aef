import { Secret, TOTP } from "otpauth";

/**
 * TOTP (RFC 6238): SHA-1, 6 digits, 30 s — what every authenticator app understands. Pure: the
 * time comes in as milliseconds. A code is accepted one step either side for clock drift, and a
 * step is accepted only if it is later than the last one used, so every code works once.
 */
export const totpPeriod = 30;

function totpOf(secretBase32: string, label = "Domus"): TOTP {
  return new TOTP({
    issuer: "Domus",
    label,
    algorithm: "SHA1",
    digits: 6,
    period: totpPeriod,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function totpStep(nowMs: number): number {
  return Math.floor(nowMs / 1000 / totpPeriod);
}

/** The time step a code belongs to, or undefined when wrong, too old, or already used. */
export function matchTotp(secretBase32: string, code: string, nowMs: number, lastStep = -1): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const delta = totpOf(secretBase32).validate({ token: code, timestamp: nowMs, window: 1 });
  if (delta === null) return undefined;
  const step = totpStep(nowMs) + delta;
  return step > lastStep ? step : undefined;
}

/** The current code (demo helper and tests). */
export function totpCodeAt(secretBase32: string, nowMs: number): string {
  return totpOf(secretBase32).generate({ timestamp: nowMs });
}

/** The `otpauth://` URI an authenticator app scans; the label names the service, not the person. */
export function otpauthUri(secretBase32: string, label: string): string {
  return totpOf(secretBase32, label).toString();
}

/** A new random secret (160 bits, as RFC 4226 recommends). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}
