import { describe, expect, it } from "vitest";
import { passwordProblem } from "../../functions/identity/model/password-rules";

describe("password rules", () => {
  it("asks for at least 12 characters, counted as the user sees them", () => {
    expect(passwordProblem("eleven chrs")).toEqual({ code: "too_short", params: { min: 12 } });
    expect(passwordProblem("ąęłńóśźżćąęł")).toBeUndefined();
  });

  it("accepts long passphrases (64 and more) and refuses beyond 128", () => {
    expect(passwordProblem("a".repeat(30) + " correct horse battery staple ".repeat(2))).toBeUndefined();
    expect(
      passwordProblem("x".repeat(64).replace(/x/g, (_, i: number) => String.fromCharCode(97 + (i % 26)))),
    ).toBeUndefined();
    expect(passwordProblem("abcd".repeat(33))?.code).toBe("too_long");
  });

  it("has no composition rules: lowercase words alone are fine", () => {
    expect(passwordProblem("purple elephants dance")).toBeUndefined();
  });

  it("refuses common passwords and near-constant strings", () => {
    expect(passwordProblem("Password1234")?.code).toBe("identity.password_common");
    expect(passwordProblem("qwerty123456")?.code).toBe("identity.password_common");
    expect(passwordProblem("abababababab")?.code).toBe("identity.password_common");
  });
});
