import { commonPasswords } from "./common-passwords";

/**
 * Password rules per ASVS: length only (12 minimum, 128 accepted), no composition rules, and not
 * a known common password. Returns the field issue code, or undefined when acceptable.
 */
export const minPasswordLength = 12;
export const maxPasswordLength = 128;

export function passwordProblem(password: string): { code: string; params?: Record<string, number> } | undefined {
  const length = [...password].length;
  if (length < minPasswordLength) return { code: "too_short", params: { min: minPasswordLength } };
  if (length > maxPasswordLength) return { code: "too_long", params: { max: maxPasswordLength } };
  if (commonPasswords.has(password.toLowerCase())) return { code: "identity.password_common" };
  if (new Set(password).size < 4) return { code: "identity.password_common" };
  return undefined;
}
