/**
 * Human-typable one-time codes for activation letters and recovery codes: Crockford base32
 * (no I, L, O, U), grouped by four. Pure: randomness comes in as bytes.
 */
const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** `groups` groups of four characters, e.g. `7K3M-Q9XZ-2B8D-WF4T` (5 bits per character). */
export function codeFromBytes(bytes: Uint8Array, groups: number): string {
  const chars = Array.from({ length: groups * 4 }, (_, i) => crockford[(bytes[i] ?? 0) % 32]);
  const parts: string[] = [];
  for (let g = 0; g < groups; g++) parts.push(chars.slice(g * 4, g * 4 + 4).join(""));
  return parts.join("-");
}

/**
 * What a person typed, made canonical: case, spaces and dashes do not matter, and the letters
 * people confuse with digits (I, L → 1; O → 0) are read as Crockford intends.
 */
export function normalizeCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
}

/** Activation codes: 4×4 characters = 80 bits, far beyond guessing within the throttle. */
export const activationCodeGroups = 4;
/** Recovery codes: 3×4 characters = 60 bits each, ten of them, each usable once. */
export const recoveryCodeGroups = 3;
export const recoveryCodeCount = 10;
