import { describe, expect, it } from "vitest";
import { detectLocale } from "../i18n/languages";
import { matchOwnerHome, safeNext, toOwnerHome, toSignIn } from "./paths";

describe("paths", () => {
  it("returns after sign-in only to paths of this site", () => {
    expect(safeNext("/a/x/u/y")).toBe("/a/x/u/y");
    expect(safeNext("//evil.example")).toBe("/");
    expect(safeNext("/\\evil.example")).toBe("/");
    expect(safeNext("https://evil.example")).toBe("/");
    expect(safeNext(null)).toBe("/");
  });

  it("builds and recognises owner-home paths", () => {
    const path = toOwnerHome("as 1", "u/2");
    expect(matchOwnerHome(path)).toEqual({ associationId: "as 1", unitId: "u/2" });
    expect(matchOwnerHome("/sign-in")).toBeUndefined();
    expect(toSignIn(path)).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
    expect(toSignIn("/")).toBe("/sign-in");
  });
});

describe("detectLocale", () => {
  it("prefers the saved choice, then the browser's languages, then English", () => {
    expect(detectLocale("pl", ["ro-RO"])).toBe("pl");
    expect(detectLocale("xx", ["de-DE", "uk-UA", "ru"])).toBe("uk");
    expect(detectLocale(null, ["de-DE"])).toBe("en");
  });
});
