import { describe, expect, it } from "vitest";
import { codeFromBytes, normalizeCode } from "../../functions/identity/model/one-time-codes";
import { matchTotp, totpCodeAt, totpStep } from "../../functions/identity/model/totp";

const secret = "DOMVSDEMOTOTPSECRETKEYFORTESTING";

describe("activation and recovery codes", () => {
  it("are grouped Crockford base32 without look-alike letters", () => {
    const code = codeFromBytes(
      new Uint8Array(16).map((_, i) => i * 37),
      4,
    );
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  });

  it("read the same however they are typed", () => {
    expect(normalizeCode(" ab1o-il2z ")).toBe("AB10112Z");
    expect(normalizeCode("7k3m-q9xz")).toBe(normalizeCode("7K3MQ9XZ"));
  });
});

describe("TOTP", () => {
  const now = Date.UTC(2026, 10, 20, 12, 0, 10);

  it("accepts the current code and one step either side", () => {
    expect(matchTotp(secret, totpCodeAt(secret, now), now)).toBe(totpStep(now));
    expect(matchTotp(secret, totpCodeAt(secret, now - 30_000), now)).toBe(totpStep(now) - 1);
    expect(matchTotp(secret, totpCodeAt(secret, now - 90_000), now)).toBeUndefined();
  });

  it("never accepts a step at or before the last one used", () => {
    const code = totpCodeAt(secret, now);
    expect(matchTotp(secret, code, now, totpStep(now))).toBeUndefined();
    expect(matchTotp(secret, totpCodeAt(secret, now - 30_000), now, totpStep(now) - 1)).toBeUndefined();
  });

  it("refuses anything but six digits", () => {
    expect(matchTotp(secret, "12345", now)).toBeUndefined();
    expect(matchTotp(secret, "abcdef", now)).toBeUndefined();
  });
});
