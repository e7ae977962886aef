import { describe, expect, it } from "vitest";
import "../../routes";
import { locales } from "../model/schemas";
import { catalogueKeys, negotiateLocale, translate } from "./index";

describe("server translations", () => {
  it.each(locales)("%s has exactly the keys English has, domain messages included", (locale) => {
    expect(catalogueKeys(locale)).toEqual(catalogueKeys("en"));
  });

  it.each(locales)("%s keeps every placeholder of the English text", (locale) => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of catalogueKeys("en")) {
      expect(names(translate(locale, key)), `${locale}: ${key}`).toEqual(names(translate("en", key)));
    }
  });

  it("fills placeholders and picks the best language from Accept-Language", () => {
    expect(translate("ro", "auth.throttled", { seconds: 30 })).toContain("30");
    expect(negotiateLocale("pl-PL,pl;q=0.9,en;q=0.8")).toBe("pl");
    expect(negotiateLocale("de-DE,uk;q=0.5")).toBe("uk");
    expect(negotiateLocale("de-DE")).toBe("en");
    expect(negotiateLocale(undefined, "ro")).toBe("ro");
  });
});
